using Grader.Exercises;
using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>Exercise 05-fibonacci-hilos measures a speedup, so its gradings run alone.</summary>
[Collection(TimingCollection.Name)]
public sealed class FibonacciThreadsTests
{
    private const string Id = "05-fibonacci-hilos";

    [Fact]
    public async Task The_reference_solution_gets_full_points_including_the_speedup()
    {
        var report = await Support.Grading.FileAsync(Id, RepoPaths.Exercise(Id, Exercise.SolutionFile));

        Assert.True(Support.Grading.Failing(report).Count == 0, Support.Grading.Describe(report));
        Assert.Equal(GradeStatus.Pass, report.Status);
        Assert.Equal(10, report.Score);
        Assert.Contains("Aceleración medida", Support.Grading.Test(report, "aceleracion").Message!.Es, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stub_compiles_and_is_reported_unfinished_naming_each_function()
    {
        var report = await Support.Grading.FileAsync(Id, RepoPaths.Exercise(Id, Exercise.TemplateFile));

        Assert.Equal(GradeStatus.Fail, report.Status);
        Assert.Equal(["Fib", "ImprimirFib", "FibsSinHilos", "FibsConHilos"], report.Unfinished);
        Assert.All(report.Tests, t => Assert.Equal(TestStatus.Fail, t.Status));
    }
}
