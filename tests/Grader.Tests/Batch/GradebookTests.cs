using Grader.Batch;
using Grader.Checks;
using Grader.Gradebook;
using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

public sealed class GradebookTests
{
    private static readonly Grader.Exercises.Exercise First = Support.Grading.Catalog.Find("01-es-vs-cpu");
    private static readonly Grader.Exercises.Exercise Third = Support.Grading.Catalog.Find("03-hola-hilo");

    [Fact]
    public void A_recorded_file_is_graded_for_its_version_only_and_a_new_file_is_not()
    {
        using var folder = new TemporaryFolder();
        using var gradebook = Open(folder);
        var handIn = HandInOf("ana", First, "// v1");

        gradebook.Record(handIn, "v1", Report(First, 6));

        Assert.True(gradebook.IsGraded(handIn, "v1"));
        Assert.False(gradebook.IsGraded(handIn, "v2"));
        Assert.False(gradebook.IsGraded(HandInOf("ana", First, "// v1 changed"), "v1"));
        Assert.False(gradebook.IsGraded(HandInOf("luis", First, "// v1"), "v1"));
    }

    [Fact]
    public void The_class_shows_the_latest_grade_of_each_students_current_file_and_missing_elsewhere()
    {
        using var folder = new TemporaryFolder();
        using var gradebook = Open(folder);
        gradebook.Record(HandInOf("ana", First, "// a"), "v1", Report(First, 4));
        gradebook.Record(HandInOf("ana", First, "// b"), "v1", Report(First, 8));
        gradebook.Record(HandInOf("luis", Third, "// c"), "v1", Report(Third, 10));

        var results = gradebook.ReadClass();

        var ana = results.Students.Single(s => s.Key == "ana");
        Assert.Equal(8, ana.Results.Single(r => r.ExerciseId == First.Id).Score);
        Assert.Equal(ExerciseResult.Missing, ana.Results.Single(r => r.ExerciseId == Third.Id).Status);
        Assert.Equal(8, ana.Total);
        Assert.Equal(2, ana.Results.Single(r => r.ExerciseId == First.Id).Checks.Count);
        Assert.Equal(10, results.Students.Single(s => s.Key == "luis").Total);
    }

    [Fact]
    public void Merging_shards_gives_the_gradebook_of_one_run_and_merging_twice_adds_nothing()
    {
        using var folder = new TemporaryFolder();
        using var whole = Open(folder, "whole");
        using var one = Open(folder, "one");
        using var two = Open(folder, "two");
        var grades = new[] { ("ana", First, 6), ("ana", Third, 10), ("luis", First, 2), ("marta", Third, 0) };
        foreach (var (student, exercise, score) in grades)
        {
            var handIn = HandInOf(student, exercise, $"// {student} {exercise.Id}");
            whole.Record(handIn, "v1", Report(exercise, score));
            (student == "luis" ? two : one).Record(handIn, "v1", Report(exercise, score));
        }

        one.Dispose();
        two.Dispose();
        using var merged = Open(folder, "merged");
        GradebookMerger.Merge(merged, Path.Combine(folder.Path, "one.sqlite"));
        GradebookMerger.Merge(merged, Path.Combine(folder.Path, "two.sqlite"));
        GradebookMerger.Merge(merged, Path.Combine(folder.Path, "two.sqlite"));

        Assert.Equal(Canonical(whole.ReadClass()), Canonical(merged.ReadClass()));
        var attempts = 0L;
        merged.WithConnection(c => attempts = long.Parse(GradebookStore.Scalar(c, "SELECT COUNT(*) FROM attempts")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(grades.Length, attempts);
    }

    [Fact]
    public void Shards_graded_against_different_versions_of_an_exercise_are_refused()
    {
        using var folder = new TemporaryFolder();
        using (var shard = Open(folder, "shard"))
        {
            shard.RegisterExercise(First, "otra", null);
        }

        using var merged = Open(folder, "merged");
        var error = Assert.Throws<BadInputException>(() => GradebookMerger.Merge(merged, Path.Combine(folder.Path, "shard.sqlite")));
        Assert.Contains("another version of exercise 01-es-vs-cpu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_graders_own_failure_is_not_a_grade_to_keep_a_rerun_tries_again()
    {
        using var folder = new TemporaryFolder();
        using var gradebook = Open(folder);
        var handIn = HandInOf("ana", First, "// a");

        gradebook.Record(handIn, "v1", Report(First, 0) with { Status = GradeStatus.Error, Reason = FailureReason.Internal });

        Assert.False(gradebook.IsGraded(handIn, "v1"));
    }

    [Fact]
    public void Each_run_replaces_the_list_of_files_that_could_not_be_placed()
    {
        using var folder = new TemporaryFolder();
        using var gradebook = Open(folder);

        gradebook.RegisterUnplaced([new UnplacedFile("ana/viejo.txt", "x")]);
        gradebook.RegisterUnplaced([new UnplacedFile("ana/nuevo.txt", "y")]);

        Assert.Equal(["ana/nuevo.txt"], gradebook.ReadClass().Unplaced.Select(u => u.Path));
    }

    [Fact]
    public void Merging_an_sqlite_file_that_is_not_a_gradebook_refuses_it_and_leaves_it_untouched()
    {
        using var folder = new TemporaryFolder();
        var other = Path.Combine(folder.Path, "otra.sqlite");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            GradebookStore.Execute(connection, "CREATE TABLE cosas (x INTEGER)");
        }

        var before = File.ReadAllBytes(other);
        using var merged = Open(folder, "merged");

        Assert.Throws<BadInputException>(() => GradebookMerger.Merge(merged, other));
        Assert.Equal(before, File.ReadAllBytes(other));
    }

    [Fact]
    public void A_file_that_is_not_a_gradebook_is_bad_input()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("notas.sqlite", "esto no es sqlite, es texto de más de cien bytes para que sqlite lea una cabecera inválida ...........");

        Assert.Throws<BadInputException>(() => GradebookStore.Open(path).Dispose());
    }

    private static GradebookStore Open(TemporaryFolder folder, string name = "notas")
    {
        var gradebook = GradebookStore.Open(Path.Combine(folder.Path, name + ".sqlite"));
        gradebook.RegisterExercise(First, "v1", null);
        gradebook.RegisterExercise(Third, "v1", null);
        return gradebook;
    }

    private static HandIn HandInOf(string student, Grader.Exercises.Exercise exercise, string content) =>
        new(student, student, null, exercise.Id, exercise.Id + ".csx", $"{student}/{exercise.Id}.csx", content);

    /// <summary>A made-up grading with two checks, so the gradebook is tested without running anything.</summary>
    private static GradeReport Report(Grader.Exercises.Exercise exercise, int score) => new()
    {
        ExerciseId = exercise.Id,
        ExerciseTitle = exercise.Metadata.Title,
        Submission = exercise.Id + ".csx",
        Status = score == exercise.MaxScore ? GradeStatus.Pass : GradeStatus.Fail,
        Message = LocalizedText.Same("m"),
        Score = score,
        MaxScore = exercise.MaxScore,
        Tests =
        [
            new TestReport { Name = "a", Description = LocalizedText.Same("a"), Status = TestStatus.Pass, Score = score, MaxScore = score },
            new TestReport { Name = "b", Description = LocalizedText.Same("b"), Status = TestStatus.Fail, Score = 0, MaxScore = exercise.MaxScore - score, Message = LocalizedText.Same("no") },
        ],
    };

    private static List<string> Canonical(ClassResults results) =>
        [.. results.Students.SelectMany(s => s.Results.Select(r => $"{s.Key}|{r.ExerciseId}|{r.Status}|{r.Score}|{r.ContentHash}|{r.Checks.Count}"))];
}
