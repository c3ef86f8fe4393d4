using Grader.Compilation;
using Grader.Exercises;
using Grader.Grading;

namespace Grader.Tests.Support;

/// <summary>Grades through the real pipeline: Roslyn in a compile worker process, the submission in a child process.</summary>
internal static class Grading
{
    public static ExerciseCatalog Catalog { get; } = new(RepoPaths.Exercises);

    public static Task<GradeReport> FileAsync(string exerciseId, string path, GradingOptions? options = null) =>
        GradingPipeline.CreateDefault().CheckAsync(Catalog.Find(exerciseId), SubmissionFile.Read(path), options ?? GradingOptions.Default);

    public static Task<GradeReport> SourceAsync(string exerciseId, string source, GradingOptions? options = null, string name = "mi-solucion.csx") =>
        GradingPipeline.CreateDefault().CheckAsync(Catalog.Find(exerciseId), new SourceFile(name, source), options ?? GradingOptions.Default);

    /// <summary>The reference solution with one piece of text replaced: a submission that differs in one place.</summary>
    public static string SolutionWith(string exerciseId, string original, string replacement)
    {
        var solution = File.ReadAllText(RepoPaths.Exercise(exerciseId, Exercise.SolutionFile));
        Assert.Contains(original, solution, StringComparison.Ordinal);
        return solution.Replace(original, replacement, StringComparison.Ordinal);
    }

    public static IReadOnlyList<string> Failing(GradeReport report) =>
        report.Tests.Where(t => t.Status != TestStatus.Pass).Select(t => t.Name).ToList();

    /// <summary>The verdict in a line per check, for assertion messages.</summary>
    public static string Describe(GradeReport report) =>
        $"{report.Status} {report.Reason}: {report.Message.Es}\n" +
        string.Join('\n', report.Tests.Select(t => $"  {t.Name}: {t.Status} {t.Message?.Es}"));

    public static TestReport Test(GradeReport report, string name) => report.Tests.Single(t => t.Name == name);
}
