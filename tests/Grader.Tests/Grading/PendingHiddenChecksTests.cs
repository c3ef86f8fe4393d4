using System.Text.Json;
using System.Xml.Linq;
using Grader.Exercises;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// A course folder without comprobaciones-ocultas.csx (the student edition, the tool's own exercises) grades the
/// visible checks, and every format says how many hidden checks, worth how many points, are graded on submission:
/// never a total that reads as final.
/// </summary>
public sealed class PendingHiddenChecksTests : IDisposable
{
    private const string NoteEs = "6/6 puntos en las comprobaciones visibles; 1 comprobación oculta (4 puntos) se califica al entregar.";
    private const string NoteEn = "6/6 points in the visible checks; 1 hidden check (4 points) is graded on submission.";
    private readonly TemporaryFolder folder = new();
    private readonly string solution;

    public PendingHiddenChecksTests()
    {
        var exercise = DoubleExercise.Write(folder.Path);
        File.Delete(Path.Combine(exercise, Exercise.HiddenChecksFile));
        solution = folder.Write("mio.csx", File.ReadAllText(Path.Combine(exercise, Exercise.SolutionFile)));
    }

    [Fact]
    public async Task The_text_report_gives_the_visible_score_and_the_hidden_checks_still_to_come_in_both_languages()
    {
        var es = await Check();
        var en = await Check("--lang", "en");

        Assert.Equal(0, es.ExitCode);
        Assert.Contains(NoteEs, es.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("¡Todo correcto!", es.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("secreta", es.Stdout, StringComparison.Ordinal);
        Assert.Contains(NoteEn, en.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("All correct!", en.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_minimum_score_line_counts_the_visible_points_and_says_so()
    {
        var (exit, stdout, _) = await Check("--min-score", "6");

        Assert.Equal(0, exit);
        Assert.Contains(NoteEs.TrimEnd('.') + " (mínimo 6: superado)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JSON_holds_the_visible_maximum_and_the_pending_hidden_checks()
    {
        var (exit, stdout, _) = await Check("--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal((6, 6), (root.GetProperty("score").GetInt32(), root.GetProperty("max_score").GetInt32()));
        var pending = root.GetProperty("hidden_pending");
        Assert.Equal((1, 4), (pending.GetProperty("count").GetInt32(), pending.GetProperty("points").GetInt32()));
        Assert.Equal(NoteEs, pending.GetProperty("message").GetString());
        Assert.Equal(["dobla"], root.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task JUnit_skips_one_case_for_the_hidden_checks()
    {
        var (exit, stdout, _) = await Check("--format", "junit");

        Assert.Equal(0, exit);
        var suite = XDocument.Parse(stdout).Descendants("testsuite").Single();
        var pending = suite.Elements("testcase").Single(c => c.Element("skipped") is not null);
        Assert.Equal("comprobaciones ocultas", (string?)pending.Attribute("name"));
        Assert.Equal(NoteEs, (string?)pending.Element("skipped")!.Attribute("message"));
        Assert.Equal("1", (string?)suite.Attribute("skipped"));
    }

    [Fact]
    public async Task Gradescope_output_says_the_score_is_out_of_the_visible_checks()
    {
        var (exit, stdout, _) = await Check("--format", "gradescope");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(6, json.RootElement.GetProperty("max_score").GetInt32());
        Assert.EndsWith(NoteEs, json.RootElement.GetProperty("output").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitHub_gives_a_notice_and_the_summary_says_it()
    {
        var summary = Path.Combine(folder.Path, "resumen.md");
        var start = GraderProcess.StartInfo(folder.Path, "check", DoubleExercise.Id, solution, "--exercises", folder.Path, "--format", "github");
        start.Environment["GITHUB_STEP_SUMMARY"] = summary;

        var (exit, stdout, _) = await GraderProcess.RunAsync(start, TimeSpan.FromMinutes(2));

        Assert.Equal(0, exit);
        Assert.Contains($"::notice file={solution},title={DoubleExercise.Id}::{NoteEs}", stdout, StringComparison.Ordinal);
        Assert.Contains($"**{NoteEs}**", File.ReadAllText(summary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_class_is_not_graded_without_the_hidden_checks()
    {
        var submissions = Directory.CreateDirectory(Path.Combine(folder.Path, "entregas", "ana")).FullName;
        File.Copy(solution, Path.Combine(submissions, DoubleExercise.Id + ".csx"));

        var (exit, _, stderr) = await GraderProcess.RunAsync(folder.Path, "grade", "entregas", "--out", "out", "--exercises", folder.Path);

        Assert.Equal(2, exit);
        Assert.Contains("90-doble declara comprobaciones ocultas pero no hay comprobaciones-ocultas.csx", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")), "nothing graded, no gradebook");
    }

    [Fact]
    public async Task Validation_says_the_hidden_checks_cannot_be_proved_without_their_file()
    {
        var (exit, stdout, _) = await GraderProcess.RunAsync(folder.Path, "validar", DoubleExercise.Id, "--exercises", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains("falta comprobaciones-ocultas.csx", stdout, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> Check(params string[] extra) =>
        GraderProcess.RunAsync(folder.Path, ["check", DoubleExercise.Id, solution, "--exercises", folder.Path, .. extra]);

    public void Dispose() => folder.Dispose();
}
