using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Runner;

/// <summary>
/// What a verified relaunch tells the runner that started it, as its last act: what its top-level statements
/// printed (captured by the runner in that process) and the exception that ended them, if any. Its id, its parent
/// and when it ended are not in it: those are the kernel's to say.
/// </summary>
internal sealed record ChildReport(string Output, string? Error)
{
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, ChildReportJson.Default.ChildReport);

    /// <summary>Null for anything but one whole report.</summary>
    public static ChildReport? Parse(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, ChildReportJson.Default.ChildReport) is { Output: not null } report ? report : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ChildReport))]
internal sealed partial class ChildReportJson : JsonSerializerContext;
