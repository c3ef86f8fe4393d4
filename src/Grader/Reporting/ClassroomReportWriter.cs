using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Grader.Grading;

namespace Grader.Reporting;

/// <summary>
/// GitHub Classroom's autograding result (version 1: status, max_score, tests with score, message and line), the
/// shape its grading reporter reads base64-encoded from a step output named <c>result</c>. Written to stdout, and
/// appended as <c>result=BASE64</c> to <c>$GITHUB_OUTPUT</c> when the step runs in Actions.
/// </summary>
internal sealed class ClassroomReportWriter(TextWriter output, Language language, string? githubOutput)
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void WriteAll(IReadOnlyList<GradeReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var tests = reports.SelectMany(r => r.Tests.Count == 0
            ? [Test($"{r.ExerciseId}: compilar", "error", r.Message.In(language), r.CompilerMessages.Count > 0 ? r.CompilerMessages[0].Line : null, 0, r.Duration)]
            : r.Tests.Select(t => Test($"{r.ExerciseId}: {t.Name}", t.Status is TestStatus.Pass or TestStatus.Skip ? "pass" : t.Status == TestStatus.Error ? "error" : "fail",
                string.Join('\n', new[] { t.Message?.In(language), t.Hint?.In(language) }.OfType<string>()), t.Line, t.Score, TimeSpan.Zero))).ToList();
        var status = reports.All(r => r.Status == GradeStatus.Pass) ? "pass" : reports.Any(r => r.Status == GradeStatus.Error) ? "error" : "fail";
        var json = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = 1,
            ["status"] = status,
            ["max_score"] = reports.Sum(r => r.MaxScore),
            ["tests"] = tests,
        }, Options);
        output.WriteLine(json);
        if (githubOutput is not null)
        {
            File.AppendAllText(githubOutput, "result=" + Convert.ToBase64String(Encoding.UTF8.GetBytes(json)) + "\n");
        }
    }

    private static Dictionary<string, object?> Test(string name, string status, string message, int? line, int score, TimeSpan time) => new()
    {
        ["name"] = name,
        ["status"] = status,
        ["message"] = message,
        ["line_no"] = line,
        ["score"] = score,
        ["execution_time"] = string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.00}s"),
    };
}
