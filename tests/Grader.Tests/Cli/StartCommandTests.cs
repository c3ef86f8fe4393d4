using System.Diagnostics;
using Grader.Tests.Support;

namespace Grader.Tests.Cli;

/// <summary><c>grader empezar</c>: a student's first files, as a file-based app and its statement.</summary>
public sealed class StartCommandTests
{
    private static readonly string Stub01 = File.ReadAllText(RepoPaths.Exercise("01-es-vs-cpu", "plantilla.csx"));

    [Fact]
    public async Task Writes_the_stub_as_cs_and_the_statement_and_says_what_to_run_next()
    {
        using var folder = new TemporaryFolder();

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(folder.Path, "empezar", "01", "--exercises", RepoPaths.Exercises);

        Assert.True(exit == 0, stderr);
        var code = File.ReadAllText(Path.Combine(folder.Path, "01-es-vs-cpu.cs"));
        Assert.Contains("// Ejecútalo con:  dotnet run 01-es-vs-cpu.cs", code, StringComparison.Ordinal);
        Assert.EndsWith(Stub01[Stub01.IndexOf("\n\n", StringComparison.Ordinal)..], code, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(RepoPaths.Exercise("01-es-vs-cpu", "enunciado.md")), File.ReadAllText(Path.Combine(folder.Path, "01-es-vs-cpu.md")));
        Assert.Contains("dotnet run 01-es-vs-cpu.cs", stdout, StringComparison.Ordinal);
        Assert.Contains("grader check 01-es-vs-cpu 01-es-vs-cpu.cs", stdout, StringComparison.Ordinal);
        Assert.Equal(["01-es-vs-cpu.cs", "01-es-vs-cpu.md"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Writes_into_the_folder_given_in_English_when_asked()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "curso"));

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(folder.Path, "empezar", "es-con-hilos", "--carpeta", "curso", "--lang", "en", "--exercises", RepoPaths.Exercises);

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(folder.Path, "curso", "06-es-con-hilos.cs")));
        Assert.Contains("Wrote curso/06-es-con-hilos.cs", stdout, StringComparison.Ordinal);
        Assert.Contains("grader run 06-es-con-hilos curso/06-es-con-hilos.cs", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Never_overwrites_a_students_file()
    {
        using var folder = new TemporaryFolder();
        var statement = folder.Write("01-es-vs-cpu.md", "mis notas");

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(folder.Path, "empezar", "01-es-vs-cpu", "--exercises", RepoPaths.Exercises);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("grader: ", stderr, StringComparison.Ordinal);
        Assert.Contains("ya existe", stderr, StringComparison.Ordinal);
        var english = await GraderProcess.RunAsync(folder.Path, "empezar", "01-es-vs-cpu", "--exercises", RepoPaths.Exercises, "--lang", "en");
        Assert.Contains("already exists", english.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("already exists", stderr, StringComparison.Ordinal);
        Assert.Equal("mis notas", File.ReadAllText(statement));
        Assert.False(File.Exists(Path.Combine(folder.Path, "01-es-vs-cpu.cs")), "Nothing is written when either file exists.");
    }

    [Theory]
    [InlineData("99")]
    [InlineData("no-existe")]
    [InlineData("../01-es-vs-cpu")]
    public async Task An_unknown_exercise_is_one_clear_line_and_exit_two(string exercise)
    {
        using var folder = new TemporaryFolder();

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(folder.Path, "empezar", exercise, "--exercises", RepoPaths.Exercises);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith($"grader: No hay ningún ejercicio «{exercise}» en", stderr, StringComparison.Ordinal);
        Assert.Contains("01-es-vs-cpu", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    /// <summary>The exercise as a student types it is understood by every command, not only by empezar.</summary>
    [Theory]
    [InlineData("3")]
    [InlineData("hola-hilo")]
    public async Task Check_takes_the_exercises_number_or_name_as_empezar_does(string exercise)
    {
        using var folder = new TemporaryFolder();

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(folder.Path, "check", exercise, RepoPaths.Exercise("03-hola-hilo", "solucion.csx"), "--exercises", RepoPaths.Exercises, "--format", "json");

        Assert.True(exit == 0, stderr);
        Assert.Contains("\"exercise\": \"03-hola-hilo\"", stdout, StringComparison.Ordinal);
    }

    /// <summary>
    /// Slow (a real <c>dotnet run</c>: the SDK builds the app, several seconds): the written stub of 01 runs under the
    /// stock SDK. Its web request goes to a proxy on a closed port, so it is offline wherever it runs, and must say
    /// how to use the grader's local page instead of ending in a stack trace.
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Slow_dotnet_run_runs_the_written_stub_of_01_and_explains_being_offline()
    {
        using var folder = new TemporaryFolder();
        var (written, _, writeErrors) = await GraderProcess.RunAsync(folder.Path, "empezar", "01-es-vs-cpu", "--exercises", RepoPaths.Exercises);
        Assert.True(written == 0, writeErrors);

        var start = new ProcessStartInfo("dotnet", ["run", "01-es-vs-cpu.cs"])
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test host's MSBuild variables would point the SDK's build at the test run's own MSBuild.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["HTTPS_PROXY"] = "http://127.0.0.1:9";
        start.Environment["https_proxy"] = "http://127.0.0.1:9";
        var (exit, stdout, stderr) = await GraderProcess.RunAsync(start, TimeSpan.FromMinutes(3));

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains("Sin conexión con https://www.example.com", stdout, StringComparison.Ordinal);
        Assert.Contains("grader run 01-es-vs-cpu 01-es-vs-cpu.cs", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }
}
