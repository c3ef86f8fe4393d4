using Grader.Exercises;
using Grader.Tests.Support;

namespace Grader.Tests.Exercises;

/// <summary>
/// A check is hidden exactly when comprobaciones-ocultas.csx declares it, and ejercicio.yaml's <c>oculta: true</c>
/// says the same: an exercise where the two disagree is refused before anything is graded with it.
/// </summary>
public sealed class HiddenChecksTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly string exercise;

    public HiddenChecksTests() => exercise = DoubleExercise.Write(folder.Path);

    private string Yaml => Path.Combine(exercise, Exercise.MetadataFile);

    private string Visible => Path.Combine(exercise, Exercise.ChecksFile);

    private string Hidden => Path.Combine(exercise, Exercise.HiddenChecksFile);

    [Fact]
    public void The_exercise_as_written_is_valid_and_knows_its_hidden_file()
    {
        var loaded = new ExerciseCatalog(folder.Path).Find(DoubleExercise.Id);

        Assert.True(loaded.HasHiddenChecksFile);
        Assert.Empty(loaded.PendingHiddenChecks);
        Assert.Equal(10, loaded.GradedMaxScore);
    }

    [Fact]
    public void A_check_flagged_hidden_but_written_in_the_visible_file_is_refused()
    {
        // The old way: the hidden check in comprobaciones.csx, which students receive.
        File.AppendAllText(Visible, "\n" + File.ReadAllText(Hidden).Replace("using System.Globalization;", "", StringComparison.Ordinal).Replace("CultureInfo.", "System.Globalization.CultureInfo.", StringComparison.Ordinal));
        File.Delete(Hidden);

        var refused = Assert.Throws<InvalidExerciseException>(() => new ExerciseCatalog(folder.Path).Find(DoubleExercise.Id));

        Assert.Contains("secreta is 'oculta: true' but declared in comprobaciones.csx", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_in_the_hidden_file_that_is_not_flagged_hidden_is_refused()
    {
        File.WriteAllText(Yaml, File.ReadAllText(Yaml).Replace("    oculta: true\n", "", StringComparison.Ordinal));

        var refused = Assert.Throws<InvalidExerciseException>(() => new ExerciseCatalog(folder.Path).Find(DoubleExercise.Id));

        Assert.Contains("secreta is declared in comprobaciones-ocultas.csx but not 'oculta: true'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_flagged_hidden_that_the_hidden_file_lacks_is_refused()
    {
        File.AppendAllText(Yaml, "\n  - nombre: otra\n    puntos: 1\n    oculta: true\n    descripcion: {es: 'x', en: 'x'}\n");

        var refused = Assert.Throws<InvalidExerciseException>(() => new ExerciseCatalog(folder.Path).Find(DoubleExercise.Id));

        Assert.Contains("otra is 'oculta: true' in ejercicio.yaml but not declared in comprobaciones-ocultas.csx", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hidden_file_that_declares_no_check_is_refused_in_one_line()
    {
        File.WriteAllText(Yaml, File.ReadAllText(Yaml).Replace("    oculta: true\n", "", StringComparison.Ordinal));
        File.AppendAllText(Visible, "\n" + File.ReadAllText(Hidden).Replace("using System.Globalization;", "", StringComparison.Ordinal).Replace("CultureInfo.", "System.Globalization.CultureInfo.", StringComparison.Ordinal));
        File.WriteAllText(Hidden, "// pendiente\n");

        var (exit, _, stderr) = await GraderProcess.RunAsync(folder.Path, "check", DoubleExercise.Id, Path.Combine(exercise, "solucion.csx"), "--exercises", folder.Path);

        Assert.Equal(2, exit);
        Assert.Contains("comprobaciones-ocultas.csx declares no check", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hidden_file_is_part_of_the_version()
    {
        var catalog = new ExerciseCatalog(folder.Path);
        var before = ExerciseSources.Read(catalog.Find(DoubleExercise.Id)).Version;
        File.AppendAllText(Hidden, "\n// una coma cambiada\n");
        var edited = ExerciseSources.Read(catalog.Find(DoubleExercise.Id)).Version;

        Assert.NotEqual(before, edited);
        Assert.NotEqual(
            ExerciseVersion.Of("m", "c", "h", "s"),
            ExerciseVersion.Of("m", "c", null, "s"));
    }

    public void Dispose() => folder.Dispose();
}
