using System.Text.Json.Serialization;

namespace Grader.Compilation.Worker;

/// <summary>A compile asked of a worker process: the sources, and the gate's rules by id (a rule is code, not data).</summary>
internal sealed record WorkerRequest(SourceFile Student, SourceFile? Checks, SourceFile? Reference, IReadOnlyList<string> Rules);

/// <summary>What a worker answers: exactly one of the three is set.</summary>
internal sealed record WorkerReply(WorkerCompiled? Compiled, WorkerRejected? Rejected, string? Failure)
{
    /// <summary>The worker leaves after this reply, and the grader must not ask it again.</summary>
    public bool Spent { get; init; }
}

internal sealed record WorkerCompiled(byte[] Student, byte[]? Checks, string Facts, IReadOnlyList<string> Unfinished, IReadOnlyList<string> CheckNames);

internal sealed record WorkerRejected(RejectionKind Kind, IReadOnlyList<CompilerMessage> Messages, int Total);

[JsonSourceGenerationOptions(UseStringEnumConverter = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerReply))]
internal sealed partial class CompileWorkerJson : JsonSerializerContext;
