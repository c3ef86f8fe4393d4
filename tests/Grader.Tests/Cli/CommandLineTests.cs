using System.Text.Json;
using Grader.Tests.Support;

namespace Grader.Tests.Cli;

/// <summary>The commands as a student types them: exit codes, one clear line for bad input, both formats and languages.</summary>
public sealed class CommandLineTests
{
    private static readonly string Solution = Path.Combine("exercises", "01-es-vs-cpu", "solucion.csx");
    private static readonly string Wrong = Path.Combine("tests", "Grader.Tests", "Envios", "01-es-vs-cpu", "clasifica-mal.csx");

    [Fact]
    public async Task Check_exits_zero_when_every_check_passes()
    {
        var (exit, stdout, _) = await GraderProcess.RunAsync(RepoPaths.Root, "check", "01-es-vs-cpu", Solution);

        Assert.Equal(0, exit);
        Assert.Contains("Puntuación: 10/10", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_exits_one_when_a_check_fails_and_shows_the_hint_in_English_when_asked()
    {
        var (exit, stdout, _) = await GraderProcess.RunAsync(RepoPaths.Root, "check", "01-es-vs-cpu", Wrong, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Contains("Score: 8/10", stdout, StringComparison.Ordinal);
        Assert.Contains("Hint:", stdout, StringComparison.Ordinal);
        Assert.Contains("Wrong classification of: formatear", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "01-es-vs-cpu", "no-existe.csx")]
    [InlineData("check", "99-no-existe", "solucion.csx")]
    [InlineData("run", "01-es-vs-cpu", "no-existe.csx")]
    [InlineData("check", "01-es-vs-cpu", "exercises")]
    [InlineData("check", "01-es-vs-cpu", "x.csx", "--lang", "fr")]
    [InlineData("chek")]
    public async Task Bad_input_exits_two_with_one_clear_line_and_no_stack_trace(params string[] args)
    {
        var (exit, stdout, stderr) = await GraderProcess.RunAsync(RepoPaths.Root, args);

        Assert.Equal(2, exit);
        Assert.StartsWith("grader: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Fact]
    public async Task Require_isolation_refuses_to_grade_with_less_than_every_layer()
    {
        var (exit, stdout, stderr) = await GraderProcess.RunAsync(RepoPaths.Root, "check", "01-es-vs-cpu", Solution, "--isolation", "plain", "--require-isolation");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("grader: --require-isolation", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_lists_the_isolation_layers()
    {
        var (exit, stdout, _) = await GraderProcess.RunAsync(RepoPaths.Root, "doctor");

        Assert.Equal(0, exit);
        Assert.Contains("namespaces", stdout, StringComparison.Ordinal);
        Assert.Contains("seccomp", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_follows_the_versioned_schema()
    {
        var (exit, stdout, _) = await GraderProcess.RunAsync(RepoPaths.Root, "check", "01-es-vs-cpu", Wrong, "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("fail", root.GetProperty("status").GetString());
        Assert.False(root.TryGetProperty("reason", out _));
        Assert.Equal(8, root.GetProperty("score").GetInt32());
        Assert.Equal(10, root.GetProperty("max_score").GetInt32());
        var tests = root.GetProperty("tests").EnumerateArray().ToList();
        // Five visible checks and the hidden one: the repository's exercises have its file.
        Assert.Equal(6, tests.Count);
        var classify = tests.Single(t => t.GetProperty("name").GetString() == "clasifica_pasos");
        Assert.Equal("fail", classify.GetProperty("status").GetString());
        Assert.Equal(0, classify.GetProperty("score").GetInt32());
        Assert.Equal(2, classify.GetProperty("max_score").GetInt32());
        Assert.StartsWith("Clasificación incorrecta", classify.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.All(tests, t => Assert.True(t.GetProperty("output").GetString()!.Length <= 500));
    }

    [Fact]
    public async Task JUnit_output_has_one_case_per_check_and_the_failure_with_its_message()
    {
        var (exit, stdout, _) = await GraderProcess.RunAsync(RepoPaths.Root, "check", "01-es-vs-cpu", Wrong, Solution, "--format", "junit");

        Assert.Equal(1, exit);
        var suites = System.Xml.Linq.XDocument.Parse(stdout).Root!;
        Assert.Equal(("12", "1"), (suites.Attribute("tests")!.Value, suites.Attribute("failures")!.Value));
        var failure = Assert.Single(suites.Descendants("failure"));
        Assert.Equal("clasifica_pasos", failure.Parent!.Attribute("name")!.Value);
        Assert.StartsWith("Clasificación incorrecta", failure.Attribute("message")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitHub_output_annotates_the_students_file_and_writes_the_step_summary()
    {
        using var folder = new TemporaryFolder();
        var summary = Path.Combine(folder.Path, "resumen.md");
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summary);
        try
        {
            var (exit, stdout, _) = await GraderProcess.RunAsync(RepoPaths.Root, "check", "01-es-vs-cpu", Wrong, "--format", "github");

            Assert.Equal(1, exit);
            Assert.StartsWith($"::error file={Wrong},title=01-es-vs-cpu clasifica_pasos::Clasificación incorrecta", stdout, StringComparison.Ordinal);
            Assert.Contains("| clasifica\\_pasos | fail | 0/2 |", File.ReadAllText(summary), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", null);
        }
    }

    [Fact]
    public async Task GitHub_annotations_point_at_the_line_that_threw()
    {
        using var folder = new TemporaryFolder();
        var throwing = folder.Write("lanza.csx", "string Clasificar(string paso) =>\n    throw new ArgumentException(paso);\n");

        var (_, stdout, _) = await GraderProcess.RunAsync(RepoPaths.Root, "check", "01-es-vs-cpu", throwing, "--format", "github");

        Assert.Contains($"::error file={throwing},line=2,title=01-es-vs-cpu clasifica_pasos::", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gradescope_output_has_the_total_and_one_test_per_check()
    {
        var (exit, stdout, _) = await GraderProcess.RunAsync(RepoPaths.Root, "check", "01-es-vs-cpu", Wrong, "--format", "gradescope");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal((8, 10), (json.RootElement.GetProperty("score").GetInt32(), json.RootElement.GetProperty("max_score").GetInt32()));
        var tests = json.RootElement.GetProperty("tests").EnumerateArray().ToList();
        Assert.Equal(6, tests.Count);
        Assert.Equal("failed", tests.Single(t => t.GetProperty("name").GetString() == "01-es-vs-cpu: clasifica_pasos").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Json_output_names_the_reason_of_an_error()
    {
        using var folder = new TemporaryFolder();
        var broken = folder.Write("roto.csx", "Console.WriteLine(\"sin cerrar\"");

        var (exit, stdout, _) = await GraderProcess.RunAsync(RepoPaths.Root, "check", "01-es-vs-cpu", broken, "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("error", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("compile_error", json.RootElement.GetProperty("reason").GetString());
        Assert.Equal("roto.csx", json.RootElement.GetProperty("compiler_messages")[0].GetProperty("file").GetString());
    }

    [Fact]
    public async Task Run_shows_the_programs_output_served_by_the_local_page()
    {
        var (exit, stdout, _) = await GraderProcess.RunAsync(RepoPaths.Root, "run", "01-es-vs-cpu", Solution);

        Assert.Equal(0, exit);
        Assert.Contains("Date: Mon, 13 Jan 2025 09:00:00 GMT", stdout, StringComparison.Ordinal);
        Assert.Contains("Vary: Accept-Encoding, User-Agent", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_exits_one_and_says_where_when_the_program_throws()
    {
        using var folder = new TemporaryFolder();
        var throwing = folder.Write("lanza.csx", "int Dividir(int a, int b) => a / b;\nConsole.WriteLine(Dividir(1, 0));\n");

        var (exit, _, stderr) = await GraderProcess.RunAsync(RepoPaths.Root, "run", "01-es-vs-cpu", throwing);

        Assert.Equal(1, exit);
        Assert.Contains("DivideByZeroException en la función Dividir, línea 1", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_shows_the_exercises_with_their_points_also_outside_the_repository()
    {
        using var elsewhere = new TemporaryFolder();

        var (exit, stdout, _) = await GraderProcess.RunAsync(elsewhere.Path, "list");

        Assert.Equal(0, exit);
        Assert.Contains("01-es-vs-cpu", stdout, StringComparison.Ordinal);
        Assert.Contains("05-fibonacci-hilos", stdout, StringComparison.Ordinal);
        Assert.Contains("10", stdout, StringComparison.Ordinal);
    }
}
