using Grader.Exercises;
using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>Exercise 01-es-vs-cpu graded end to end: the solution, the stub, and each wrong submission.</summary>
public sealed class EsVsCpuTests
{
    private const string Id = "01-es-vs-cpu";

    [Fact]
    public async Task The_reference_solution_gets_full_points()
    {
        var report = await Support.Grading.FileAsync(Id, RepoPaths.Exercise(Id, Exercise.SolutionFile));

        Assert.Equal(GradeStatus.Pass, report.Status);
        Assert.Equal(10, report.Score);
        Assert.Equal(10, report.MaxScore);
        Assert.True(Support.Grading.Failing(report).Count == 0, Support.Grading.Describe(report));
    }

    [Fact]
    public async Task The_stub_compiles_and_is_reported_unfinished_naming_each_function()
    {
        var report = await Support.Grading.FileAsync(Id, RepoPaths.Exercise(Id, Exercise.TemplateFile));

        Assert.Equal(GradeStatus.Fail, report.Status);
        Assert.Null(report.Reason);
        Assert.Equal(["FormatearCabeceras", "UnirCabeceras", "EscribirCabeceras", "Clasificar"], report.Unfinished);
        Assert.Contains("completa FormatearCabeceras, UnirCabeceras, EscribirCabeceras, Clasificar", report.Message.Es, StringComparison.Ordinal);
        Assert.All(report.Tests, t => Assert.Equal(TestStatus.Fail, t.Status));
        Assert.Contains("La función UnirCabeceras está sin completar", Support.Grading.Test(report, "une_cabeceras").Message!.Es, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Tests, t => t.Message!.Es.Contains("   at ", StringComparison.Ordinal));
    }
}
