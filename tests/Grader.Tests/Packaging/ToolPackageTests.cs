using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Grader.Tests.Support;
using Xunit.Abstractions;

namespace Grader.Tests.Packaging;

/// <summary>Packing builds the whole tool in Release on every core for half a minute: it runs alone, after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagingCollection
{
    public const string Name = "Packaging";
}

/// <summary>
/// The .NET tool as a course ships it: the package holds the runner and the exercises, the installed command grades
/// with them, and the example workflows of docs/ci run here as far as a machine without GitHub or GitLab can run
/// them: their grader lines, in a student's repository, with the files Actions would give them.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed partial class ToolPackageTests(InstalledTool tool, ITestOutputHelper output) : IClassFixture<InstalledTool>
{
    private const string ToolFolder = "tools/net10.0/any/";

    public static TheoryData<string> Workflows()
    {
        var data = new TheoryData<string>();
        foreach (var file in CiWorkflow.Files())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void The_package_holds_the_tool_its_runner_and_the_student_edition_of_every_exercise()
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pack {tool.PackTime.TotalSeconds:0.0} s, install {tool.InstallTime.TotalSeconds:0.0} s, package {new FileInfo(tool.Package).Length / 1024.0 / 1024.0:0.0} MB"));
        using var zip = ZipFile.OpenRead(tool.Package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        string[] files =
        [
            "grader.dll", "grader.runtimeconfig.json", "grader.deps.json", "DotnetToolSettings.xml",
            "Grader.Runner.dll", "Grader.Runner.runtimeconfig.json", "Grader.Runner.deps.json", "Grader.Checks.dll", "Grader.Protocol.dll",
        ];
        Assert.All(files, f => Assert.Contains(ToolFolder + f, entries));
        Assert.Equal(StudentEditionFiles(), entries.Where(e => e.StartsWith(ToolFolder + "exercises/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList());
        // Once, as the tool's own files: packed as content too, every project referencing the package would get them.
        Assert.DoesNotContain(entries, e => e.StartsWith("content/", StringComparison.Ordinal) || e.StartsWith("contentFiles/", StringComparison.Ordinal));
        // The package is for any platform: the runner is started through dotnet, never by a native launcher of one.
        Assert.DoesNotContain(ToolFolder + "Grader.Runner", entries);

        using var settings = zip.GetEntry(ToolFolder + "DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(settings).Descendants("Command").Single();
        Assert.Equal("grader", command.Attribute("Name")?.Value);
        Assert.Equal("grader.dll", command.Attribute("EntryPoint")?.Value);
    }

    [Fact]
    public void No_solution_is_in_the_package_in_any_form() =>
        AssertNothingOf(Grader.Exercises.Exercise.SolutionFile, mustExist: true);

    [Fact]
    public void No_hidden_check_is_in_the_package_in_any_form() =>
        AssertNothingOf(Grader.Exercises.Exercise.HiddenChecksFile, mustExist: false);

    /// <summary>
    /// Neither <paramref name="file"/> nor a line of its own code that no published file holds, in any entry of the
    /// package (a copy, a resource, an assembly's strings): found, a student holds the answer or the hidden checks.
    /// </summary>
    private void AssertNothingOf(string file, bool mustExist)
    {
        using var zip = ZipFile.OpenRead(tool.Package);
        var contents = zip.Entries.Where(e => e.Length > 0).Select(e => (e.FullName, Text: Read(e))).ToList();
        // Hints quote a line of a solution on purpose, and checks share lines with solutions (a client, a thread):
        // what the edition publishes is not a leak.
        var published = string.Concat(Directory.EnumerateDirectories(RepoPaths.Exercises)
            .SelectMany(e => Grader.Exercises.StudentEdition.Files.Select(f => File.ReadAllText(Path.Combine(e, f)))));
        var sources = Directory.EnumerateDirectories(RepoPaths.Exercises).Select(e => Path.Combine(e, file)).Where(f => mustExist || File.Exists(f)).ToList();
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var own = File.ReadAllLines(source)
                .Select(l => l.Trim())
                .Where(l => l.Length >= 25 && !published.Contains(l, StringComparison.Ordinal))
                .ToList();
            var exercise = Path.GetFileName(Path.GetDirectoryName(source));
            Assert.True(own.Count > 0, $"{exercise}: no line of {file} tells it apart");
            Assert.All(contents, entry => Assert.All(own, line => Assert.False(
                entry.Text.Contains(AsBytes(line, Encoding.UTF8), StringComparison.Ordinal) || entry.Text.Contains(AsBytes(line, Encoding.Unicode), StringComparison.Ordinal),
                $"{entry.FullName} holds '{line}' of {exercise}/{file}")));
        }

        Assert.DoesNotContain(zip.Entries, e => e.Name == file);
    }

    /// <summary>The package's exercises must be exactly what <c>grader curso publicar</c> writes.</summary>
    private static List<string> StudentEditionFiles()
    {
        using var edition = new TemporaryFolder();
        var destination = Path.Combine(edition.Path, "exercises");
        Grader.Exercises.StudentEdition.Publish(new Grader.Exercises.ExerciseCatalog(RepoPaths.Exercises), destination);
        return Directory.EnumerateFiles(destination, "*", SearchOption.AllDirectories)
            .Select(f => ToolFolder + "exercises/" + Path.GetRelativePath(destination, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Encoding.Latin1.GetString(memory.ToArray());
    }

    /// <summary>A string as a file holds it (UTF-8) or an assembly's user strings (UTF-16), read as Latin-1 like the entries.</summary>
    private static string AsBytes(string text, Encoding encoding) => Encoding.Latin1.GetString(encoding.GetBytes(text));

    [Fact]
    public async Task The_installed_command_grades_with_the_exercises_it_ships()
    {
        var empty = tool.NewFolder("no-exercises-here");
        var ids = Directory.EnumerateFiles(RepoPaths.Exercises, "ejercicio.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f)!))
            .ToList();

        var list = await tool.BashAsync("grader list", empty);
        var check = await tool.BashAsync($"grader check 01-es-vs-cpu '{RepoPaths.Exercise("01-es-vs-cpu", "solucion.csx")}'", empty);

        Assert.True(list.ExitCode == 0, list.Describe("grader list"));
        Assert.All(ids, id => Assert.Contains(id, list.Stdout, StringComparison.Ordinal));
        Assert.True(check.ExitCode == 0, check.Describe("grader check"));
        // The package has no hidden checks' code: the score is the visible checks', and says so.
        Assert.Contains("9/9 puntos en las comprobaciones visibles; 1 comprobación oculta (1 punto) se califica al entregar.", check.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("¡Todo correcto!", check.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public async Task A_workflow_installs_this_package_and_its_grader_lines_exit_as_its_minimum_score_says(string name)
    {
        var run = await tool.RunAsync(Path.Combine(RepoPaths.Root, "docs", "ci", name));

        var installs = run.Workflow.Steps.SelectMany(s => s.Lines).Where(l => l.Contains("dotnet tool install", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(installs);
        Assert.All(installs, l => Assert.Contains($" {tool.PackageId} --version {tool.Version} ", l + " ", StringComparison.Ordinal));
        Assert.True(run.Lines.Count > 0, $"{name} has no line that starts with grader: nothing of it would be tested.");
        Assert.All(run.Lines, l => Assert.True(l.Result.ExitCode == ExpectedExit(l.Line), $"{name}, expected exit {ExpectedExit(l.Line)}: {l.Result.Describe(l.Line)}"));
    }

    [Fact]
    public async Task GitHub_Actions_annotates_the_unfinished_file_and_tables_the_points_in_the_step_summary()
    {
        var run = await tool.RunAsync(Path.Combine(RepoPaths.Root, "docs", "ci", "github-actions.yml"));

        var check = Assert.Single(run.Lines, l => l.Line.Contains("--format github", StringComparison.Ordinal));
        var annotations = check.Result.Stdout.Split('\n').Where(l => l.StartsWith("::error ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(annotations);
        // Printed after the region where grader stops workflow commands: the runner obeys them.
        Assert.All(ActionsRunnerReading.Read(check.Result.Stdout).Where(l => l.Text.StartsWith("::error ", StringComparison.Ordinal)), l => Assert.Equal("error", l.Obeyed));
        Assert.All(annotations, a => Assert.Matches(AnnotatedFile(InstalledTool.Unfinished), a));
        Assert.Contains($"{InstalledTool.Finished}: 9/9", check.Summary, StringComparison.Ordinal);
        Assert.Contains("1 comprobación oculta (1 punto) se califica al entregar.", check.Summary, StringComparison.Ordinal);
        Assert.Contains($"{InstalledTool.Unfinished}: 0/10", check.Summary, StringComparison.Ordinal);
        Assert.Matches(TableRule(), check.Summary);
    }

    [Fact]
    public async Task GitHub_Classroom_hands_its_reporter_a_result_from_every_runner_it_names()
    {
        var run = await tool.RunAsync(Path.Combine(RepoPaths.Root, "docs", "ci", "github-classroom.yml"));

        var reporter = Assert.Single(run.Workflow.Steps, s => s.Uses?.StartsWith("classroom-resources/autograding-grading-reporter@", StringComparison.Ordinal) == true);
        var runners = (reporter.Value("with", "runners") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(runners);
        foreach (var runner in runners)
        {
            // The reporter reads each runner's result from <ID>_RESULTS, the id in capitals.
            Assert.Equal($"${{{{steps.{runner}.outputs.result}}}}", Whitespace().Replace(reporter.Value("env", runner.ToUpperInvariant() + "_RESULTS") ?? "", ""));
            var step = run.Lines.Where(l => l.Step.Id == runner).ToList();
            Assert.True(step.Count > 0, $"No step with id {runner} runs grader.");
            // A failing submission makes grader exit 1: the reporter must run all the same, or Classroom hears nothing.
            Assert.True(step[^1].Result.ExitCode == 0 || step[^1].Step.Value("continue-on-error") == "true" || reporter.Value("if")?.Contains("always()", StringComparison.Ordinal) == true,
                $"Step {runner} fails the job before the reporter runs.");

            var result = Assert.Single(step[^1].Output.Split('\n'), l => l.StartsWith("result=", StringComparison.Ordinal));
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(result["result=".Length..])));
            Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
            Assert.Equal(InstalledTool.RepositoryMaxScore, json.RootElement.GetProperty("max_score").GetInt32());
            Assert.Equal("fail", json.RootElement.GetProperty("status").GetString());
            Assert.Equal(InstalledTool.RepositoryScore, json.RootElement.GetProperty("tests").EnumerateArray().Sum(t => t.GetProperty("score").GetInt32()));
        }
    }

    [Fact]
    public async Task GitLab_keeps_the_junit_report_it_declares_even_when_a_check_fails()
    {
        var run = await tool.RunAsync(Path.Combine(RepoPaths.Root, "docs", "ci", "gitlab-ci.yml"));

        var job = Assert.Single(run.Workflow.Steps, s => s.GraderLines.Any());
        Assert.Equal("always", job.Value("artifacts", "when"));
        var report = job.Value("artifacts", "reports", "junit");
        Assert.NotNull(report);
        var path = Path.Combine(run.Repository, report);
        Assert.True(File.Exists(path), $"The job declares {report}, which no grader line wrote.");

        var cases = XDocument.Load(path).Descendants("testcase").ToList();
        var finished = cases.Where(c => (string?)c.Attribute("classname") == "01-es-vs-cpu").ToList();
        var unfinished = cases.Where(c => (string?)c.Attribute("classname") == "03-hola-hilo").ToList();
        Assert.NotEmpty(finished);
        Assert.NotEmpty(unfinished);
        // 01's hidden check is not in the package: one skipped case says it is graded on submission.
        var pending = Assert.Single(finished, c => c.HasElements);
        Assert.Equal("comprobaciones ocultas", (string?)pending.Attribute("name"));
        Assert.NotNull(pending.Element("skipped"));
        Assert.All(unfinished, c => Assert.NotNull(c.Element("failure")));
    }

    /// <summary>
    /// <c>grader check</c> exits 1 here unless a <c>--min-score</c> the repository's points reach says otherwise,
    /// since 03 fails; any other grader command (doctor, list) succeeds.
    /// </summary>
    private static int ExpectedExit(string line)
    {
        if (!line.StartsWith("grader check", StringComparison.Ordinal))
        {
            return 0;
        }

        var minimum = MinScore().Match(line);
        return minimum.Success && InstalledTool.RepositoryScore >= int.Parse(minimum.Groups[1].Value, CultureInfo.InvariantCulture) ? 0 : 1;
    }

    private static Regex AnnotatedFile(string name) => new($@"^::error file=(\./)?{Regex.Escape(name)}[,:]");

    [GeneratedRegex(@"--min-score[ =](\d+)")]
    private static partial Regex MinScore();

    [GeneratedRegex(@"(?m)^\|(---\|)+$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
