using System.Text.Json;
using System.Text.RegularExpressions;

namespace Grader.Practice;

/// <summary>
/// The results of the student's files already graded, in <c>DIR/.grader/progreso.json</c>, so <c>grader progreso</c>
/// and <c>grader vigilar</c> do not regrade (a few seconds each) a file that has not changed against an exercise that
/// has not changed. The file lives in the student's folder, so it is data to check, never to trust: anything that is
/// not exactly what this class writes (too big, not JSON, an unknown state, points out of range) is ignored, entry by
/// entry, and regraded. Nothing read from it is ever shown: a hit gives back a state and two numbers, and only for
/// a key built from the file's own hash and the exercise's version.
/// </summary>
internal sealed partial class ProgressCache
{
    public const string FolderName = ".grader";
    public const string FileName = "progreso.json";

    /// <summary>Far more than ten exercises' entries; a bigger file is not ours, and is not read at all.</summary>
    private const long MaxBytes = 256 * 1024;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly string path;
    private readonly Lock gate = new();

    // One entry per exercise, the latest: the cache answers for the file the student has now.
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    private ProgressCache(string path) => this.path = path;

    public static ProgressCache Open(string folder)
    {
        var cache = new ProgressCache(Path.Combine(folder, FolderName, FileName));
        foreach (var entry in cache.ReadEntries())
        {
            cache.entries[entry.Ejercicio] = entry;
        }

        return cache;
    }

    /// <summary>The cached result for this exercise, file hash and exercise version, if it is one that can be true.</summary>
    public (ExerciseState State, int Score)? Find(string exercise, string sha256, string version, int maxScore)
    {
        lock (gate)
        {
            return entries.TryGetValue(exercise, out var entry) && entry.Sha256 == sha256 && entry.Version == version && entry.Maximo == maxScore
                && Parse(entry.Estado) is { } state && entry.Puntos >= 0 && entry.Puntos <= maxScore
                ? (state, entry.Puntos)
                : null;
        }
    }

    /// <summary>Records a result and saves the file at once, so what was graded before a Ctrl-C stays graded.</summary>
    public void Store(string exercise, string sha256, string version, ExerciseState state, int score, int maxScore)
    {
        lock (gate)
        {
            entries[exercise] = new Entry(exercise, sha256, version, Name(state), score, maxScore);
            Save();
        }
    }

    private void Save()
    {
        try
        {
            var folder = Path.GetDirectoryName(path)!;
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                // .grader pointing elsewhere would have the grader write outside the student's folder.
                return;
            }

            Directory.CreateDirectory(folder);
            // Written aside and renamed over: a grader stopped mid-write leaves the old file or the new one, never half.
            var temporary = Path.Combine(folder, $".{FileName}.{Environment.ProcessId}.tmp");
            File.WriteAllText(temporary, JsonSerializer.Serialize(new Document(Version: 1, [.. entries.Values.OrderBy(e => e.Ejercicio, StringComparer.Ordinal)]), Json));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: a folder where it cannot be written (read-only, .grader a file) still grades.
        }
    }

    private List<Entry> ReadEntries()
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > MaxBytes || info.LinkTarget is not null)
            {
                return [];
            }

            var document = JsonSerializer.Deserialize<Document>(File.ReadAllText(path), Json);
            return document is { Version: 1, Entradas: { } list }
                ? [.. list.OfType<Entry>().Where(IsWellFormed)]
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException or ArgumentException)
        {
            // A corrupt or foreign file is the same as none: everything is graded again, and the file rewritten.
            return [];
        }
    }

    private static bool IsWellFormed(Entry? entry) =>
        entry is { Ejercicio: { Length: > 0 and <= 100 }, Sha256: { } sha, Version: { } version, Estado: { } estado }
        && Sha256Pattern().IsMatch(sha) && VersionPattern().IsMatch(version) && Parse(estado) is not null;

    private static ExerciseState? Parse(string? state) => state switch
    {
        "sin-terminar" => ExerciseState.Unfinished,
        "falla" => ExerciseState.Failing,
        "pasa" => ExerciseState.Passing,
        _ => null,
    };

    private static string Name(ExerciseState state) => state switch
    {
        ExerciseState.Unfinished => "sin-terminar",
        ExerciseState.Failing => "falla",
        ExerciseState.Passing => "pasa",
        _ => throw new ArgumentOutOfRangeException(nameof(state), "A missing file has nothing to cache."),
    };

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();

    [GeneratedRegex("^[0-9a-f]{1,64}$")]
    private static partial Regex VersionPattern();

    private sealed record Document(int Version, List<Entry?>? Entradas);

    private sealed record Entry(string Ejercicio, string Sha256, string Version, string Estado, int Puntos, int Maximo);
}
