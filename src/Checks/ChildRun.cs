using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Checks;

/// <summary>
/// A process that the student's code started to run its own script again (the C# counterpart of
/// <c>multiprocessing.Process</c>): the runner started that way records what it did, for the checks to read.
/// </summary>
public sealed record ChildRun(int ProcessId, int? ParentProcessId, string Output, DateTimeOffset Started, DateTimeOffset Finished, string? Error)
{
    private const string FolderName = "grader-hijos";

    /// <summary>Where records are kept: the run's temporary folder, shared by the runner and the processes it starts.</summary>
    public static string Folder => Path.Combine(Path.GetTempPath(), FolderName);

    /// <summary>The records of every such process that has ended so far, oldest first.</summary>
    public static IReadOnlyList<ChildRun> ReadAll() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.json")
                .Select(Read)
                .OfType<ChildRun>()
                .OrderBy(run => run.Finished)
                .ToList()
            : [];

    /// <summary>Null for a file that is not a record (the folder is writable by the student's code).</summary>
    private static ChildRun? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), ChildRunJson.Default.ChildRun);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Save()
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{ProcessId}.json");
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(this, ChildRunJson.Default.ChildRun));
        File.Move(path + ".tmp", path, overwrite: true);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ChildRun))]
internal sealed partial class ChildRunJson : JsonSerializerContext;
