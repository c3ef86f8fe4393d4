using Grader.Compilation;
using Grader.Exercises;
using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Exercises;

/// <summary>A batch grades against the exercise as it was read: an edit on disk changes neither checks nor version.</summary>
public sealed class ExerciseSourcesTests
{
    [Fact]
    public async Task Checks_edited_after_the_read_grade_nothing_and_the_version_names_what_was_read()
    {
        using var folder = new TemporaryFolder();
        var copy = Path.Combine(folder.Path, "02-procesos-hilos");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Exercise("02-procesos-hilos", "")))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var exercise = new ExerciseCatalog(folder.Path).Find("02-procesos-hilos");
        var sources = ExerciseSources.Read(exercise);
        var before = ExerciseSources.Read(exercise).Version;
        File.AppendAllText(exercise.ChecksPath, "\nesto no compila;\n");

        var pipeline = GradingPipeline.CreateDefault();
        var solution = new SourceFile("solucion.csx", File.ReadAllText(exercise.SolutionPath));
        var graded = await pipeline.GradeCompiledAsync(await pipeline.CompileAsync(sources, solution), GradingOptions.Default);
        var fresh = await pipeline.CheckAsync(exercise, solution, GradingOptions.Default);

        Assert.Equal(before, sources.Version);
        Assert.NotEqual(before, ExerciseSources.Read(exercise).Version);
        Assert.True(graded.Status == GradeStatus.Pass, Support.Grading.Describe(graded));
        Assert.NotEqual(GradeStatus.Pass, fresh.Status);
    }

    // The literals are what the version of commit 5ad4e00 (which hashed the files themselves) gave for these texts:
    // a gradebook written before keeps its grades.
    [Theory]
    [InlineData("titulo: Prueba\r\npuntos: 3\r\n", "[Check] void A() {}\r\n", "int F() => 1;\n", "6b3bdd6f8a39")]
    [InlineData("titulo: Prueba\r\npuntos: 3\r\n", "[Check] void A() {}\r\n", null, "6b0d4065b068")]
    [InlineData("titulo: Prueba\npuntos: 3\n", "[Check] void A() {}\n", null, "6b0d4065b068")]
    public void The_version_is_the_one_earlier_gradebooks_hold(string metadata, string checks, string? solution, string version)
    {
        Assert.Equal(version, ExerciseVersion.Of(metadata, checks, null, solution));
    }
}
