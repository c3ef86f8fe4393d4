using Grader.Cli;
using Grader.Tests.Reporting;
using Grader.Tests.Support;

namespace Grader.Tests.Cli;

/// <summary>
/// What the commands print besides the report: <c>grader run</c>'s live output, and the lines that name a
/// student's files. A file name may hold any character but '/', a newline and ESC included.
/// </summary>
public sealed class HostileTerminalOutputTests
{
    /// <summary>A newline, then a GitHub Actions command and a clipboard write, inside a name check --all accepts as 01's.</summary>
    private const string HostileName = "01-es-vs-cpu\n::error title=falso::\u001b]52;c;eA==\u0007 copia.csx";

    [Fact]
    public void Run_shows_the_programs_control_characters_drawn_in_a_terminal_and_exact_when_redirected()
    {
        using var terminal = new StringWriter();
        using var file = new StringWriter();

        LiveOutput.To(terminal, redirected: false)(HostileText.Terminal + "\n");
        LiveOutput.To(file, redirected: true)(HostileText.Terminal + "\n");

        Assert.Empty(HostileTerminalTests.ControlCharacters(terminal.ToString()));
        Assert.Contains("␛]52;c;cm0gLXJmIH4K␇", terminal.ToString(), StringComparison.Ordinal);
        Assert.Equal(HostileText.Terminal + "\n", file.ToString());
    }

    [Fact]
    public async Task A_file_name_in_an_error_line_is_one_line_with_its_control_characters_drawn()
    {
        using var repo = new TemporaryFolder();
        repo.Write(HostileName, "");
        repo.Write("01-es-vs-cpu\u001b[2J otra.csx", "");

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(repo.Path, "check", "--all", ".", "--exercises", RepoPaths.Exercises);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.Empty(HostileTerminalTests.ControlCharacters(stderr));
        Assert.Contains("01-es-vs-cpu␊::error title=falso::␛]52;c;eA==␇ copia.csx", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_left_ungraded_is_named_on_one_line_that_starts_no_workflow_command()
    {
        using var repo = new TemporaryFolder();
        File.Copy(RepoPaths.Exercise("01-es-vs-cpu", "solucion.csx"), Path.Combine(repo.Path, "01-es-vs-cpu.csx"));
        repo.Write(HostileName, "");

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(repo.Path, "check", "--all", ".", "--format", "github", "--exercises", RepoPaths.Exercises);

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("grader: ", stderr, StringComparison.Ordinal);
        Assert.Empty(HostileTerminalTests.ControlCharacters(stderr));
    }
}
