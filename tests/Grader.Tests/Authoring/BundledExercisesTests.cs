using Grader.Authoring;
using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Authoring;

/// <summary><c>grader validar</c> on every bundled exercise. It grades solutions whose checks measure time: alone.</summary>
[Collection(TimingCollection.Name)]
public sealed class BundledExercisesTests
{
    public static TheoryData<string> BundledExercises() => Exercises.StubGeneratorTests.BundledExercises();

    [Theory]
    [MemberData(nameof(BundledExercises))]
    public async Task Every_bundled_exercise_passes_validation(string id)
    {
        var findings = await new ExerciseValidator(GradingPipeline.CreateDefault()).ValidateAsync(Support.Grading.Catalog.Find(id));

        Assert.All(findings, f => Assert.True(f.Ok, $"{f.What.En}: {f.Detail.En}"));
        Assert.Equal(6, findings.Count);
    }

    [Fact]
    public void The_catalogue_has_every_exercise_with_ten_points_each()
    {
        var exercises = Support.Grading.Catalog.All();

        Assert.All(exercises, e => Assert.Equal(10, e.MaxScore));
        Assert.Equal(exercises.OrderBy(e => e.Metadata.Order).Select(e => e.Id), exercises.Select(e => e.Id));
    }

    [Theory]
    [MemberData(nameof(BundledExercises))]
    public void Every_exercise_has_a_statement_in_Spanish_then_English(string id)
    {
        var statement = File.ReadAllText(RepoPaths.Exercise(id, "enunciado.md"));

        var english = statement.IndexOf("## English", StringComparison.Ordinal);
        Assert.True(english > 200, "The statement needs its Spanish text first, then a '## English' section.");
        Assert.True(statement.Length - english > 200, "The English section is too short.");
    }

    [Theory]
    [MemberData(nameof(BundledExercises))]
    public void Every_check_is_failed_by_some_wrong_submission(string id)
    {
        var failed = Directory.EnumerateFiles(Path.Combine(RepoPaths.Submissions, id), "*.csx")
            .SelectMany(Expectation.FailingChecks)
            .ToHashSet();

        var checks = Support.Grading.Catalog.Find(id).Metadata.Checks.Select(c => c.Name);

        Assert.DoesNotContain(checks, c => !failed.Contains(c));
    }
}
