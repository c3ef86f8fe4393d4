using System.Diagnostics;
using System.Text.RegularExpressions;
using Grader.Tests.Support;

namespace Grader.Tests.Cli;

/// <summary>
/// The grader run in GitHub Actions (GITHUB_ACTIONS=true) on a submission that prints workflow commands, throws one
/// and is named with one: the runner, reading each stream as it does (<see cref="ActionsRunnerReading"/>), meets
/// every line of the student's inside a ::stop-commands:: region whose token the student never saw, and obeys no
/// command but the grader's own: the region's two ends and, in the github format, the annotations after it.
/// </summary>
public sealed partial class HostileWorkflowCommandTests
{
    /// <summary>A name that is both kinds of command: "::" at its start, and the old "##[" anywhere.</summary>
    private const string FileName = "::error::forjado-nombre ##[warning]forjado-v1.csx";

    [Fact]
    public async Task The_text_report_keeps_every_students_line_in_a_stopped_region()
    {
        using var folder = Submission();

        var (exit, stdout, stderr) = await Grader(folder, "check", "01-es-vs-cpu", FileName);

        Assert.Equal(1, exit);
        var token = AssertEnclosed(stdout, folder);
        Assert.Contains("::error file=x.csx::forjado en", stdout, StringComparison.Ordinal);
        Assert.Contains("  ::add-mask::forjado-mascara", stdout, StringComparison.Ordinal);
        AssertStoppedFirst(stderr, token);
    }

    [Fact]
    public async Task Run_keeps_the_programs_live_output_in_a_stopped_region()
    {
        using var folder = Submission();

        var (exit, stdout, stderr) = await Grader(folder, "run", "01-es-vs-cpu", FileName);

        Assert.Equal(1, exit);
        var token = AssertEnclosed(stdout, folder);
        Assert.Contains("::error::forjado", stdout, StringComparison.Ordinal);
        AssertStoppedFirst(stderr, token);
        Assert.All(ActionsRunnerReading.Read(stderr).Where(l => l.Text.Contains("forjado", StringComparison.Ordinal)), l => Assert.True(l.Stopped, l.Text));
        Assert.Contains(ActionsRunnerReading.Read(stderr), l => l.Text.Contains("::error file=x.csx::forjado en", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_github_formats_annotations_come_after_the_region_and_are_obeyed()
    {
        using var folder = Submission();

        var (exit, stdout, stderr) = await Grader(folder, "check", "01-es-vs-cpu", FileName, "--format", "github");

        Assert.Equal(1, exit);
        var read = ActionsRunnerReading.Read(stdout);
        var token = Token().Match(read[0].Text).Groups[1].Value;
        Assert.Equal(["stop-commands", token], read.Take(2).Select(l => l.Obeyed));
        var annotations = read.Skip(2).ToList();
        Assert.NotEmpty(annotations);
        Assert.All(annotations, l => Assert.Equal(("error", false), (l.Obeyed, l.Stopped)));
        Assert.All(annotations, l => Assert.StartsWith("::error file=%3A%3Aerror%3A%3Aforjado-nombre ##[warning]forjado-v1.csx,", l.Text, StringComparison.Ordinal));
        Assert.Contains(annotations, l => l.Data!.Contains("forjado en la excepción", StringComparison.Ordinal));
        AssertStoppedFirst(stderr, token);
    }

    /// <summary>
    /// The stream opens with a stop whose token (32 hex digits, in nothing the student wrote) ends it on its last line,
    /// every line between is read stopped, and the runner obeys only those two. Returns the token.
    /// </summary>
    private static string AssertEnclosed(string output, TemporaryFolder folder)
    {
        var read = ActionsRunnerReading.Read(output);
        var token = Token().Match(read[0].Text).Groups[1].Value;
        Assert.NotEqual("", token);
        Assert.DoesNotContain(token, File.ReadAllText(Path.Combine(folder.Path, FileName)) + FileName, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"::{token}::", read[^1].Text);
        Assert.All(read.Skip(1), l => Assert.True(l.Stopped, l.Text));
        Assert.Equal(["stop-commands", token], read.Where(l => l.Obeyed is not null).Select(l => l.Obeyed));
        Assert.Contains(read, l => l.Text.Contains("forjado", StringComparison.Ordinal));
        return token;
    }

    /// <summary>
    /// The runner reads stderr apart from stdout, and hands each batch of lines on stderr first: stderr opens with
    /// the same stop, so nothing of the student's there is read before it, whichever stream comes first.
    /// </summary>
    private static void AssertStoppedFirst(string errors, string token)
    {
        var read = ActionsRunnerReading.Read(errors);
        Assert.Equal($"::stop-commands::{token}", read[0].Text);
        Assert.All(read.Skip(1), l => Assert.Null(l.Obeyed));
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> Grader(TemporaryFolder folder, params string[] args)
    {
        ProcessStartInfo start = GraderProcess.StartInfo(folder.Path, [.. args, "--exercises", RepoPaths.Exercises]);
        start.Environment["GITHUB_ACTIONS"] = "true";
        return await GraderProcess.RunAsync(start, TimeSpan.FromSeconds(90));
    }

    /// <summary>
    /// 01's solution where joining the headers prints workflow commands (indented, and the old kind mid-line) and
    /// throws one: the program's output and exception, and a failed check's output, all carry them.
    /// </summary>
    private static TemporaryFolder Submission()
    {
        var folder = new TemporaryFolder();
        folder.Write(FileName, Support.Grading.SolutionWith("01-es-vs-cpu", "return string.Join(\"\\n\", lineas);", """
            Console.WriteLine("::error::forjado");
            Console.WriteLine("  ::add-mask::forjado-mascara");
            Console.WriteLine("texto ##[error]forjado-v1");
            Console.WriteLine("::stop-commands::forjado-token");
            Console.WriteLine("::forjado-token::");
            throw new InvalidOperationException("::error file=x.csx::forjado en la excepción");
            """));
        return folder;
    }

    [GeneratedRegex("^::stop-commands::([0-9a-f]{32})$")]
    private static partial Regex Token();
}
