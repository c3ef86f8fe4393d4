using System.Text;
using System.Text.Json;
using Grader.Tests.Support;

namespace Grader.Tests.Cli;

/// <summary><c>check --all</c> in a student's repository: which files it finds, what <c>--min-score</c> decides, and Classroom's result.</summary>
public sealed class CheckAllTests
{
    [Fact]
    public async Task Check_all_finds_the_exercise_files_and_min_score_decides_the_exit_code()
    {
        using var repo = StudentRepository();

        var strict = await GraderProcess.RunAsync(repo.Path, "check", "--all", "--exercises", RepoPaths.Exercises);
        var reached = await GraderProcess.RunAsync(repo.Path, "check", "--all", ".", "--min-score", "10", "--exercises", RepoPaths.Exercises);
        var missed = await GraderProcess.RunAsync(repo.Path, "check", "--all", ".", "--min-score", "11", "--exercises", RepoPaths.Exercises);

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("01-es-vs-cpu (1).csx not graded", strict.Stderr, StringComparison.Ordinal);
        Assert.Contains("Puntuación: 10/10", strict.Stdout, StringComparison.Ordinal);
        Assert.Contains("03-hola-hilo", strict.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("notas", strict.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, reached.ExitCode);
        Assert.Contains("Puntos: 10/20 (mínimo 10: superado", reached.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, missed.ExitCode);
        Assert.Contains("no alcanzado", missed.Stdout, StringComparison.Ordinal);
        var english = await GraderProcess.RunAsync(repo.Path, "check", "--all", ".", "--min-score", "11", "--lang", "en", "--exercises", RepoPaths.Exercises);
        Assert.Equal(1, english.ExitCode);
        Assert.Contains("Points: 10/20 (minimum 11: not reached)", english.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_all_grades_a_file_based_app_as_its_script_and_ignores_other_cs_files()
    {
        using var repo = new TemporaryFolder();
        repo.Write("03-hola-hilo.cs", File.ReadAllText(RepoPaths.Exercise("03-hola-hilo", "solucion.csx")));
        repo.Write("Program.cs", "Console.WriteLine(1);");

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(repo.Path, "check", "--all", "--exercises", RepoPaths.Exercises);

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("03-hola-hilo.cs", stdout, StringComparison.Ordinal);
        Assert.Contains("Puntuación: 10/10", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Program.cs", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_all_of_a_folder_without_exercise_files_is_bad_input()
    {
        using var empty = new TemporaryFolder();
        empty.Write("notas.csx", "// nada");

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(empty.Path, "check", "--all", "--exercises", RepoPaths.Exercises);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("grader: No hay ningún archivo de ejercicio en", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classroom_format_prints_the_result_and_writes_it_base64_to_github_output()
    {
        using var repo = StudentRepository();
        var output = Path.Combine(repo.Path, "github-output");
        var start = GraderProcess.StartInfo(repo.Path, "check", "--all", "--format", "classroom", "--exercises", RepoPaths.Exercises);
        start.Environment["GITHUB_OUTPUT"] = output;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        var line = Assert.Single(File.ReadAllLines(output));
        Assert.StartsWith("result=", line, StringComparison.Ordinal);
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(line["result=".Length..]));
        Assert.Equal(stdout.Trim(), decoded);
        using var json = JsonDocument.Parse(decoded);
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("fail", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(20, json.RootElement.GetProperty("max_score").GetInt32());
        var tests = json.RootElement.GetProperty("tests").EnumerateArray().ToList();
        Assert.Equal(10, tests.Where(t => t.GetProperty("name").GetString()!.StartsWith("01-es-vs-cpu", StringComparison.Ordinal)).Sum(t => t.GetProperty("score").GetInt32()));
        Assert.All(tests.Where(t => t.GetProperty("name").GetString()!.StartsWith("03-hola-hilo", StringComparison.Ordinal)),
            t => Assert.Equal("fail", t.GetProperty("status").GetString()));
        Assert.Equal(1, process.ExitCode);
    }

    /// <summary>A student's repository: 01 solved, 03 still the stub, other files and build output that are not exercises.</summary>
    private static TemporaryFolder StudentRepository()
    {
        var repo = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(repo.Path, "src"));
        Directory.CreateDirectory(Path.Combine(repo.Path, "bin"));
        File.Copy(RepoPaths.Exercise("01-es-vs-cpu", "solucion.csx"), Path.Combine(repo.Path, "src", "01-es-vs-cpu.csx"));
        File.Copy(RepoPaths.Exercise("03-hola-hilo", "plantilla.csx"), Path.Combine(repo.Path, "03-hola-hilo.csx"));
        File.Copy(RepoPaths.Exercise("03-hola-hilo", "plantilla.csx"), Path.Combine(repo.Path, "bin", "02-procesos-hilos.csx"));
        repo.Write("notas.csx", "// apuntes");
        // A second copy of the solved exercise: the file named exactly after it is graded, the copy is not summed.
        File.Copy(RepoPaths.Exercise("01-es-vs-cpu", "solucion.csx"), Path.Combine(repo.Path, "01-es-vs-cpu (1).csx"));
        return repo;
    }
}
