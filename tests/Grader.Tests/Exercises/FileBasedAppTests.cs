using Grader.Compilation;
using Grader.Exercises;
using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Exercises;

/// <summary>Every exercise as a .NET file-based app (<c>EX.cs</c>, what <c>grader empezar</c> writes).</summary>
public sealed class FileBasedAppTests
{
    public static TheoryData<string, string> StubsAndSolutions()
    {
        var data = new TheoryData<string, string>();
        foreach (var exercise in new ExerciseCatalog(RepoPaths.Exercises).All())
        {
            data.Add(exercise.Id, Exercise.TemplateFile);
            data.Add(exercise.Id, Exercise.SolutionFile);
        }

        return data;
    }

    /// <summary>
    /// What <c>dotnet run EX.cs</c> compiles: regular C# (top-level statements must precede types, CS8803; no script
    /// fields) as a console program, with the SDK's implicit usings, against the runtime's assemblies.
    /// </summary>
    [Theory]
    [MemberData(nameof(StubsAndSolutions))]
    public void Every_stub_and_solution_compiles_as_a_regular_console_program(string id, string file)
    {
        var app = FileBasedApp.FromScript(File.ReadAllText(RepoPaths.Exercise(id, file)), id);

        Assert.Empty(RegularProgram.Errors(app, FileBasedApp.FileName(id)));
    }

    [Theory]
    [InlineData("class Contador { }\nConsole.WriteLine(1);\n", "CS8803")]
    [InlineData("static readonly HttpClient Cliente = new HttpClient();\nConsole.WriteLine(Cliente);\n", "CS0106")]
    public void What_only_a_script_accepts_is_an_error_of_the_regular_program(string script, string error)
    {
        Assert.Contains(RegularProgram.Errors(script, "a.cs"), e => e.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void The_header_tells_the_commands_for_the_cs_file_and_nothing_else_changes()
    {
        var stub = File.ReadAllText(RepoPaths.Exercise("01-es-vs-cpu", Exercise.TemplateFile));

        var app = FileBasedApp.FromScript(stub, "01-es-vs-cpu");

        var header = app.Split('\n').TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)).ToList();
        Assert.Contains("// Ejecútalo con:  dotnet run 01-es-vs-cpu.cs", header);
        Assert.Contains("// Corrígelo con:  grader check 01-es-vs-cpu 01-es-vs-cpu.cs", header);
        Assert.DoesNotContain(header, l => l.Contains(".csx", StringComparison.Ordinal));
        Assert.EndsWith(stub[stub.IndexOf("\n\n", StringComparison.Ordinal)..], app, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01-es-vs-cpu.cs", "01-es-vs-cpu")]
    [InlineData("01.CS", "01-es-vs-cpu")]
    [InlineData("es-vs-cpu.cs", "01-es-vs-cpu")]
    [InlineData("01-es-vs-cpu.csx", "01-es-vs-cpu")]
    [InlineData("01-es-vs-cpu.md", null)]
    [InlineData("01-es-vs-cpu.cs.txt", null)]
    public void A_class_inbox_places_a_cs_file_as_its_script(string name, string? expected)
    {
        var matcher = new Grader.Batch.ExerciseFileMatcher(Support.Grading.Catalog.All());

        Assert.Equal(expected, matcher.Match(name)?.Id);
    }
}

/// <summary>
/// A bundled solution graded as <c>.csx</c> and as the <c>.cs</c> that <c>grader empezar</c> writes gets the same
/// verdict, check by check: one compile path, one gate. Exercises whose checks time things run with the timing tests.
/// </summary>
public sealed class FileBasedAppVerdictTests
{
    public static TheoryData<string> Untimed() => Exercises(timed: false);

    public static TheoryData<string> Timed() => Exercises(timed: true);

    [Theory]
    [MemberData(nameof(Untimed))]
    public Task A_solution_gets_the_same_verdict_as_cs_and_as_csx(string id) => SameVerdict(id, together: true);

    internal static TheoryData<string> Exercises(bool timed)
    {
        var data = new TheoryData<string>();
        foreach (var exercise in Support.Grading.Catalog.All().Where(e => e.Metadata.MeasuresTime == timed))
        {
            data.Add(exercise.Id);
        }

        return data;
    }

    internal static async Task SameVerdict(string id, bool together)
    {
        var script = File.ReadAllText(RepoPaths.Exercise(id, Exercise.SolutionFile));
        var app = FileBasedApp.FromScript(script, id);
        Task<GradeReport> AsScript() => Support.Grading.SourceAsync(id, script, name: id + ".csx");
        Task<GradeReport> AsApp() => Support.Grading.SourceAsync(id, app, name: FileBasedApp.FileName(id));

        // Two untimed gradings share the machine; a timed one must have it alone.
        GradeReport csx, cs;
        if (together)
        {
            var both = await Task.WhenAll(AsScript(), AsApp());
            (csx, cs) = (both[0], both[1]);
        }
        else
        {
            csx = await AsScript();
            cs = await AsApp();
        }

        Assert.True(csx.Status == GradeStatus.Pass, Support.Grading.Describe(csx));
        Assert.Equal(Verdict(csx), Verdict(cs));
    }

    private static string Verdict(GradeReport report) =>
        $"{report.Status} {report.Reason} {report.Score}/{report.MaxScore}\n" +
        string.Join('\n', report.Tests.Select(t => $"{t.Name}: {t.Status} {t.Score}/{t.MaxScore}"));
}

/// <summary>The timed exercises of <see cref="FileBasedAppVerdictTests"/>, one grading at a time.</summary>
[Collection(TimingCollection.Name)]
public sealed class FileBasedAppTimedVerdictTests
{
    public static TheoryData<string> Timed() => FileBasedAppVerdictTests.Exercises(timed: true);

    [Theory]
    [MemberData(nameof(Timed))]
    public Task A_timed_solution_gets_the_same_verdict_as_cs_and_as_csx(string id) => FileBasedAppVerdictTests.SameVerdict(id, together: false);
}
