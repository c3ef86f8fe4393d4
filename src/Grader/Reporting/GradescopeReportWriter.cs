using System.Text.Encodings.Web;
using System.Text.Json;
using Grader.Grading;

namespace Grader.Reporting;

/// <summary>Gradescope's results.json: score, max_score, output, and tests with their visibility.</summary>
internal sealed class GradescopeReportWriter(TextWriter output, Language language)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void WriteAll(IReadOnlyList<GradeReport> reports)
    {
        var document = new Dictionary<string, object>
        {
            ["score"] = reports.Sum(r => r.Score),
            ["max_score"] = reports.Sum(r => r.MaxScore),
            ["output"] = string.Join('\n', reports.Select(r => $"{r.ExerciseId} · {r.Submission}: {r.Message.In(language)}"
                + (r.PendingNote is { } pending ? " " + pending.In(language) : ""))),
            ["tests"] = reports.SelectMany(r => r.Tests.Count == 0
                ? [new Dictionary<string, object> { ["name"] = $"{r.ExerciseId}: compilar", ["score"] = 0, ["max_score"] = r.MaxScore, ["status"] = "failed", ["output"] = r.Message.In(language) }]
                : r.Tests.Select(t => new Dictionary<string, object>
                {
                    ["name"] = $"{r.ExerciseId}: {t.Name}",
                    ["score"] = t.Score,
                    ["max_score"] = t.MaxScore,
                    ["status"] = t.Status == TestStatus.Pass ? "passed" : "failed",
                    ["output"] = string.Join('\n', new[] { t.Message?.In(language), t.Hint?.In(language) }.OfType<string>()),
                    // Gradescope's own "hidden" would hide the result too; a hidden check shows its result, not its values.
                    ["visibility"] = "visible",
                })).ToList(),
        };
        output.WriteLine(JsonSerializer.Serialize(document, Options));
    }
}
