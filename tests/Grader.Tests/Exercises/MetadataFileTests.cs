using Grader.Exercises;

namespace Grader.Tests.Exercises;

public sealed class MetadataFileTests
{
    private const string Valid = """
        titulo: {es: Uno, en: One}
        orden: 3
        limites: {tiempo_s: 5, memoria_mb: 128, salida_kb: 64}
        servidor: {latencia_ms: 80}
        comprobaciones:
          - nombre: a
            puntos: 2
            oculta: true
            descripcion: {es: A, en: A}
            pista: {es: P, en: H}
        """;

    [Fact]
    public void Reads_title_limits_server_and_checks()
    {
        var metadata = MetadataFile.Parse(Valid, "x/ejercicio.yaml");

        Assert.Equal(("Uno", "One", 3), (metadata.Title.Es, metadata.Title.En, metadata.Order));
        Assert.Equal(new RunLimits(TimeSpan.FromSeconds(5), 128L * 1024 * 1024, 64 * 1024), metadata.Limits);
        Assert.Equal(TimeSpan.FromMilliseconds(80), metadata.SiteLatency);
        var check = Assert.Single(metadata.Checks);
        Assert.Equal(("a", 2, true, "H"), (check.Name, check.Points, check.Hidden, check.Hint!.En));
    }

    [Theory]
    [InlineData("titulo: {es: Uno}\ncomprobaciones: [{nombre: a, puntos: 1, descripcion: {es: A, en: A}}]", "'titulo' needs both 'es' and 'en'")]
    [InlineData("titulo: {es: Uno, en: One}\ncomprobaciones: []", "lists no check")]
    [InlineData("titulo: {es: Uno, en: One}\ncomprobaciones: [{nombre: a, puntos: -1, descripcion: {es: A, en: A}}]", "negative points")]
    [InlineData("titulo: [", "x/ejercicio.yaml: line")]
    [InlineData("titulo: {es: Uno, en: One}\nlimites: {tiempo_s: 0}\ncomprobaciones: [{nombre: a, puntos: 1, descripcion: {es: A, en: A}}]", "limites.tiempo_s")]
    public void A_broken_file_is_reported_in_one_line_naming_the_problem(string yaml, string problem)
    {
        var error = Assert.Throws<InvalidExerciseException>(() => MetadataFile.Parse(yaml, "x/ejercicio.yaml"));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Reads_the_hints_levels_in_order_and_none_when_the_key_is_absent()
    {
        var yaml = Valid.Replace("orden: 3\n", "orden: 3\npistas:\n  - {es: Idea, en: Idea}\n  - {es: API, en: API}\n  - {es: Línea, en: Line}\n", StringComparison.Ordinal);

        var metadata = MetadataFile.Parse(yaml, "x/ejercicio.yaml");

        Assert.Equal(["Idea", "API", "Línea"], metadata.Hints.Select(h => h.Es));
        Assert.Equal("Line", metadata.Hints[2].En);
        Assert.Empty(MetadataFile.Parse(Valid, "x/ejercicio.yaml").Hints);
    }

    [Theory]
    [InlineData("pistas: []", "'pistas' needs 1 to 5 levels, not 0")]
    [InlineData("pistas: [{es: a, en: a}, {es: b, en: b}, {es: c, en: c}, {es: d, en: d}, {es: e, en: e}, {es: f, en: f}]", "'pistas' needs 1 to 5 levels, not 6")]
    [InlineData("pistas: [{es: a, en: a}, {es: b}]", "'pistas[2]' needs both 'es' and 'en'")]
    [InlineData("pistas: [{es: a, en: a}, null]", "'pistas[2]' needs both 'es' and 'en'")]
    [InlineData("pistas: [{es: '', en: a}]", "'pistas[1]' needs both 'es' and 'en'")]
    [InlineData("pistas: [{es: a, en: a, fr: a}]", "x/ejercicio.yaml: line")]
    public void Hints_out_of_shape_are_refused_naming_the_level(string hints, string problem)
    {
        var yaml = Valid.Replace("orden: 3\n", "orden: 3\n" + hints + "\n", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidExerciseException>(() => MetadataFile.Parse(yaml, "x/ejercicio.yaml"));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Every_exercise_of_the_course_has_three_levels_of_hints()
    {
        var exercises = new ExerciseCatalog(Support.RepoPaths.Exercises).All();

        Assert.Equal(10, exercises.Count);
        Assert.All(exercises, e => Assert.Equal(3, e.Metadata.Hints.Count));
    }
}
