using System.Text.Json;
using Grader.Exercises;
using Grader.Tests.Support;

namespace Grader.Tests.Authoring;

/// <summary>An instructor adds an exercise as a folder and grades with it, without rebuilding the grader.</summary>
public sealed class InstructorExerciseTests : IDisposable
{
    private const string Id = DoubleExercise.Id;
    private readonly TemporaryFolder folder = new();

    public InstructorExerciseTests()
    {
        var exercise = DoubleExercise.Write(folder.Path);
        Solution = Path.Combine(exercise, "solucion.csx");
        Wrong = folder.Write("mal.csx", "long Doble(long n) => (int)n * 2;\nConsole.WriteLine(Doble(21));\n");
    }

    private string Solution { get; }

    private string Wrong { get; }

    [Fact]
    public async Task Its_stub_is_written_by_the_plantilla_command()
    {
        var (exit, _, _) = await GraderProcess.RunAsync(folder.Path, "plantilla", Id, "--exercises", folder.Path);

        Assert.Equal(0, exit);
        Assert.Contains("// completa\n    throw new NotImplementedException();", File.ReadAllText(Path.Combine(folder.Path, Id, Exercise.TemplateFile)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_is_graded_with_its_own_checks_and_validated()
    {
        await GraderProcess.RunAsync(folder.Path, "plantilla", Id, "--exercises", folder.Path);

        var pass = await GraderProcess.RunAsync(folder.Path, "check", Id, Solution, "--exercises", folder.Path);
        var validation = await GraderProcess.RunAsync(folder.Path, "validar", Id, "--exercises", folder.Path);

        Assert.Equal(0, pass.ExitCode);
        Assert.Contains("10/10", pass.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, validation.ExitCode);
    }

    [Fact]
    public async Task A_hidden_check_shows_its_name_and_result_but_never_its_expected_value()
    {
        var (exit, stdout, _) = await GraderProcess.RunAsync(folder.Path, "check", Id, Wrong, "--exercises", folder.Path, "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        var secret = json.RootElement.GetProperty("tests").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "secreta");
        Assert.Equal("fail", secret.GetProperty("status").GetString());
        Assert.True(secret.GetProperty("hidden").GetBoolean());
        Assert.False(secret.TryGetProperty("expected", out _));
        Assert.False(secret.TryGetProperty("actual", out _));
        Assert.DoesNotContain("7000000000", stdout, StringComparison.Ordinal);
        Assert.Contains("oculta", secret.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_fails_when_the_solution_would_not_build_as_a_cs_for_dotnet_run()
    {
        // A script may declare a class before its statements; a regular program may not (CS8803).
        File.AppendAllText(Solution, "\nclass Nada { }\nConsole.WriteLine(Doble(1));\n");
        await GraderProcess.RunAsync(folder.Path, "plantilla", Id, "--exercises", folder.Path);

        var (exit, stdout, _) = await GraderProcess.RunAsync(folder.Path, "validar", Id, "--exercises", folder.Path, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Contains("CS8803", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_fails_when_the_metadata_names_a_check_the_code_lacks()
    {
        var yaml = Path.Combine(folder.Path, Id, "ejercicio.yaml");
        File.AppendAllText(yaml, "\n  - nombre: fantasma\n    puntos: 1\n    descripcion: {es: 'x', en: 'x'}\n");

        var (exit, stdout, _) = await GraderProcess.RunAsync(folder.Path, "validar", Id, "--exercises", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains("fantasma", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistake_in_the_checks_is_reported_as_the_exercises_fault_not_the_students()
    {
        var checks = Path.Combine(folder.Path, Id, "comprobaciones.csx");
        File.WriteAllText(checks, File.ReadAllText(checks).Replace("Doble(21), \"Doble(21)\"", "Dobel(21), \"Doble(21)\"", StringComparison.Ordinal));

        var (exit, stdout, _) = await GraderProcess.RunAsync(folder.Path, "check", Id, Solution, "--exercises", folder.Path, "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("internal", json.RootElement.GetProperty("reason").GetString());
        Assert.Contains("Dobel", json.RootElement.GetProperty("compiler_messages")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("es un error del ejercicio, no de tu código", json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistake_in_the_hidden_checks_names_their_own_file_and_line()
    {
        // They are compiled after the visible checks, in one text: its #line directives keep each file's lines.
        var hidden = Path.Combine(folder.Path, Id, Exercise.HiddenChecksFile);
        File.WriteAllText(hidden, File.ReadAllText(hidden).Replace("Doble(-3_500_000_000)", "Dobel(-3_500_000_000)", StringComparison.Ordinal));

        var (exit, stdout, _) = await GraderProcess.RunAsync(folder.Path, "check", Id, Solution, "--exercises", folder.Path, "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("internal", json.RootElement.GetProperty("reason").GetString());
        var message = json.RootElement.GetProperty("compiler_messages")[0];
        Assert.Equal((Exercise.HiddenChecksFile, 5), (message.GetProperty("file").GetString(), message.GetProperty("line").GetInt32()));
        Assert.Contains("Dobel", message.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("3_500_000_000", stdout, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
