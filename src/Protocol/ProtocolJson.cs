using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Protocol;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RunPlan))]
[JsonSerializable(typeof(ChannelRecord))]
public sealed partial class ProtocolJson : JsonSerializerContext
{
    public static string Serialize(ChannelRecord record) => JsonSerializer.Serialize(record, Default.ChannelRecord);

    public static ChannelRecord? DeserializeRecord(string line) => JsonSerializer.Deserialize(line, Default.ChannelRecord);

    public static string Serialize(RunPlan plan) => JsonSerializer.Serialize(plan, Default.RunPlan);

    public static RunPlan? DeserializePlan(string json) => JsonSerializer.Deserialize(json, Default.RunPlan);
}
