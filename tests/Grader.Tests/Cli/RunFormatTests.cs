using System.Text.Json;
using Grader.Tests.Support;

namespace Grader.Tests.Cli;

/// <summary><c>grader run</c> reports a run, not a grade, and takes only the formats that can say so.</summary>
public sealed class RunFormatTests
{
    [Fact]
    public async Task Json_of_a_correct_program_is_an_ok_run_with_its_output_and_no_grade()
    {
        using var folder = new TemporaryFolder();

        var run = await GraderProcess.RunAsync(folder.Path, "run", "03-hola-hilo", RepoPaths.Exercise("03-hola-hilo", "solucion.csx"), "--format", "json", "--exercises", RepoPaths.Exercises);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(("run", "ok"), (root.GetProperty("kind").GetString(), root.GetProperty("status").GetString()));
        Assert.Contains("Hola desde el hilo", root.GetProperty("program").GetProperty("output").GetString(), StringComparison.Ordinal);
        Assert.False(root.TryGetProperty("score", out _));
        Assert.False(root.TryGetProperty("tests", out _));
    }

    [Fact]
    public async Task Json_of_a_program_that_throws_is_an_error_with_the_exception_in_words()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("lanza.csx", "Console.WriteLine(\"antes\");\nthrow new InvalidOperationException(\"roto\");\n");

        var run = await GraderProcess.RunAsync(folder.Path, "run", "03-hola-hilo", file, "--format", "json", "--exercises", RepoPaths.Exercises);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(("error", "exception"), (root.GetProperty("status").GetString(), root.GetProperty("reason").GetString()));
        Assert.Equal("antes\n", root.GetProperty("program").GetProperty("output").GetString());
        Assert.Contains("roto", root.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("junit")]
    [InlineData("github")]
    [InlineData("gradescope")]
    [InlineData("classroom")]
    public async Task A_grade_format_is_refused_with_the_command_to_use(string format)
    {
        using var folder = new TemporaryFolder();

        var run = await GraderProcess.RunAsync(folder.Path, "run", "03-hola-hilo", RepoPaths.Exercise("03-hola-hilo", "solucion.csx"), "--format", format, "--exercises", RepoPaths.Exercises);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("grader check", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }
}
