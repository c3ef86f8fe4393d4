using System.Text.Json.Serialization;

namespace Grader.Protocol;

/// <summary>
/// One line of the result channel from the runner child to the host. The channel is an inherited pipe,
/// never stdout, so nothing the student prints can be taken for a record.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "t")]
[JsonDerivedType(typeof(HelloRecord), "hello")]
[JsonDerivedType(typeof(ProgramRecord), "program")]
[JsonDerivedType(typeof(CheckStartedRecord), "start")]
[JsonDerivedType(typeof(CheckRecord), "check")]
[JsonDerivedType(typeof(FaultRecord), "fault")]
[JsonDerivedType(typeof(DoneRecord), "done")]
public abstract record ChannelRecord;

/// <summary>First record: the runner is alive and speaks this protocol version.</summary>
public sealed record HelloRecord(int Version) : ChannelRecord
{
    public const int CurrentVersion = 1;
}

/// <summary>The student's top-level statements finished (or threw).</summary>
public sealed record ProgramRecord(string Output, bool OutputTruncated, StudentError? Exception) : ChannelRecord;

/// <summary>Sent before a check runs, so the host knows which check was running if the process dies.</summary>
public sealed record CheckStartedRecord(string Name) : ChannelRecord;

public sealed record CheckRecord(string Name, WireVerdict Verdict, string Output, long ElapsedMilliseconds) : ChannelRecord;

/// <summary>Something ended the run abnormally but left the runner able to say so (out of memory).</summary>
public sealed record FaultRecord(FaultKind Kind, string Detail) : ChannelRecord;

/// <summary>Last record: everything was reported. Its absence means the run crashed or was killed.</summary>
public sealed record DoneRecord : ChannelRecord;

public enum FaultKind
{
    OutOfMemory,
    UnhandledException,
}
