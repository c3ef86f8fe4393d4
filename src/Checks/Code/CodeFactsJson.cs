using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Checks.Code;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CodeFacts))]
public sealed partial class CodeFactsJson : JsonSerializerContext
{
    public static string Serialize(CodeFacts facts) => JsonSerializer.Serialize(facts, Default.CodeFacts);

    public static CodeFacts Deserialize(string json) => JsonSerializer.Deserialize(json, Default.CodeFacts) ?? Grader.Checks.Code.CodeFacts.Empty;
}
