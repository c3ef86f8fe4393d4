using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>
/// <c>grader grade</c> run as a user would: a class graded without every isolation layer is said so loudly at the
/// top of informe.html, naming the layers that were missing, as the terminal summary says it; a class graded with
/// every layer is not.
/// </summary>
public sealed class IsolationWarningTests
{
    private const string Warning = "<div class=\"isolation-warning\" id=\"aislamiento\" role=\"alert\">";

    [Fact]
    public async Task A_class_graded_in_plain_processes_is_warned_about_at_the_top_of_the_report()
    {
        using var folder = OneStudent();

        var (exit, stdout, stderr, html) = await Grade(folder, "--isolation", "plain");

        Assert.True(exit == 0, stderr + stdout);
        Assert.Contains("!!! WARNING: students' code ran WITHOUT every isolation layer !!!", stdout, StringComparison.Ordinal);
        var warning = html.IndexOf(Warning, StringComparison.Ordinal);
        Assert.True(warning >= 0, "no warning in informe.html");
        Assert.True(warning < html.IndexOf("<h1>", StringComparison.Ordinal), "the warning is not at the top");
        Assert.Contains("El código de los alumnos se ejecutó SIN todas las capas de aislamiento", html[warning..], StringComparison.Ordinal);
        Assert.Contains("Faltaban: namespaces:bwrap, cgroups, rlimits, seccomp, unprivileged-uid, read-only-view", html[warning..], StringComparison.Ordinal);
        Assert.Contains("--require-isolation", html[warning..], StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_class_graded_with_every_layer_has_no_warning_in_the_report()
    {
        if (!GradingPipeline.CreateDefault().Isolation.Full)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must have every isolation layer.");
            return;
        }

        using var folder = OneStudent();

        var (exit, stdout, stderr, html) = await Grade(folder);

        Assert.True(exit == 0, stderr + stdout);
        Assert.Contains("Graded 1 (pass 1", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Warning, html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr, string Html)> Grade(TemporaryFolder folder, params string[] extra)
    {
        var (exit, stdout, stderr) = await GraderProcess.RunAsync(TimeSpan.FromMinutes(2), folder.Path,
            ["grade", "entregas", "--out", "out", "--exercises", RepoPaths.Exercises, .. extra]);
        var page = Path.Combine(folder.Path, "out", "informe.html");
        return (exit, stdout, stderr, File.Exists(page) ? File.ReadAllText(page) : "");
    }

    /// <summary>One student with 02's solution: fast, and it runs (a compile error would run nothing).</summary>
    private static TemporaryFolder OneStudent()
    {
        var folder = new TemporaryFolder();
        var dir = Directory.CreateDirectory(Path.Combine(folder.Path, "entregas", "ana")).FullName;
        File.Copy(RepoPaths.Exercise("02-procesos-hilos", "solucion.csx"), Path.Combine(dir, "02-procesos-hilos.csx"));
        return folder;
    }
}
