using Grader.Checks;
using Grader.Compilation;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Grader.Exercises;

/// <summary>Reads and validates <c>ejercicio.yaml</c>; every problem is reported as one clear line.</summary>
internal static class MetadataFile
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static ExerciseMetadata Parse(string yaml, string path)
    {
        Document document;
        try
        {
            document = Yaml.Deserialize<Document?>(yaml) ?? throw Invalid(path, "the file is empty");
        }
        catch (YamlException e)
        {
            throw Invalid(path, $"line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }

        var checks = (document.Comprobaciones ?? []).Select((c, i) => Check(c, i, path)).ToList();
        if (checks.Count == 0)
        {
            throw Invalid(path, "'comprobaciones' lists no check");
        }

        var duplicate = checks.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Invalid(path, $"the check '{duplicate.Key}' is listed twice");
        }

        var limits = document.Limites ?? new LimitsDocument();
        var allowed = document.Reglas?.Permitir ?? [];
        var unknown = allowed.Where(id => ForbiddenApi.Defaults.All(r => r.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw Invalid(path, $"'reglas.permitir' names unknown rules: {string.Join(", ", unknown)} (known: {string.Join(", ", ForbiddenApi.Defaults.Select(r => r.Id))})");
        }

        return new ExerciseMetadata(
            Text(document.Titulo, "titulo", path),
            document.Orden,
            new RunLimits(
                TimeSpan.FromSeconds(Positive(limits.TiempoS, "limites.tiempo_s", path)),
                (long)Positive(limits.MemoriaMb, "limites.memoria_mb", path) * 1024 * 1024,
                (long)Positive(limits.SalidaKb, "limites.salida_kb", path) * 1024)
            {
                Cpus = document.MideTiempo ? RunLimits.TimingCpus : 1,
            },
            document.Servidor is { } site ? TimeSpan.FromMilliseconds(Math.Max(0, site.LatenciaMs)) : null,
            document.MideTiempo,
            checks,
            ForbiddenApis.For(allowed, document.Reglas?.Prohibir ?? []))
        {
            Hints = Hints(document.Pistas, path),
        };
    }

    /// <summary>The levels of <c>pistas:</c>: optional, but when present 1 to <see cref="MaxHintLevels"/>, each in both languages.</summary>
    private static List<LocalizedText> Hints(List<TextDocument?>? hints, string path)
    {
        if (hints is null)
        {
            return [];
        }

        if (hints.Count is 0 or > MaxHintLevels)
        {
            throw Invalid(path, $"'pistas' needs 1 to {MaxHintLevels} levels, not {hints.Count}");
        }

        return [.. hints.Select((hint, i) => Text(hint, $"pistas[{i + 1}]", path))];
    }

    /// <summary>More levels than this stop being hints and become the solution told in pieces.</summary>
    public const int MaxHintLevels = 5;

    private static CheckSpec Check(CheckDocument check, int index, string path)
    {
        if (string.IsNullOrWhiteSpace(check.Nombre))
        {
            throw Invalid(path, $"check number {index + 1} has no 'nombre'");
        }

        if (check.Puntos < 0)
        {
            throw Invalid(path, $"the check '{check.Nombre}' has negative points");
        }

        return new CheckSpec(
            check.Nombre,
            check.Puntos,
            check.Oculta,
            Text(check.Descripcion, $"{check.Nombre}.descripcion", path),
            check.Pista is null ? null : Text(check.Pista, $"{check.Nombre}.pista", path));
    }

    private static LocalizedText Text(TextDocument? text, string field, string path) =>
        text is { Es: { Length: > 0 } es, En: { Length: > 0 } en }
            ? new LocalizedText(es.Trim(), en.Trim())
            : throw Invalid(path, $"'{field}' needs both 'es' and 'en'");

    private static double Positive(double value, string field, string path) =>
        value > 0 ? value : throw Invalid(path, $"'{field}' must be greater than zero");

    private static InvalidExerciseException Invalid(string path, string problem) => new($"{path}: {problem}");

    // The shapes of the YAML document; names follow the file's Spanish keys.
    private sealed class Document
    {
        public TextDocument? Titulo { get; set; }
        public int Orden { get; set; }
        public LimitsDocument? Limites { get; set; }
        public SiteDocument? Servidor { get; set; }
        public bool MideTiempo { get; set; }
        public List<CheckDocument>? Comprobaciones { get; set; }
        public RulesDocument? Reglas { get; set; }
        public List<TextDocument?>? Pistas { get; set; }
    }

    private sealed class RulesDocument
    {
        public List<string>? Permitir { get; set; }
        public List<string>? Prohibir { get; set; }
    }

    private sealed class LimitsDocument
    {
        public double TiempoS { get; set; } = 30;
        public double MemoriaMb { get; set; } = 256;
        public double SalidaKb { get; set; } = 256;
    }

    private sealed class SiteDocument
    {
        public int LatenciaMs { get; set; }
    }

    private sealed class CheckDocument
    {
        public string Nombre { get; set; } = "";
        public int Puntos { get; set; }
        public bool Oculta { get; set; }
        public TextDocument? Descripcion { get; set; }
        public TextDocument? Pista { get; set; }
    }

    private sealed class TextDocument
    {
        public string? Es { get; set; }
        public string? En { get; set; }
    }
}
