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
}
