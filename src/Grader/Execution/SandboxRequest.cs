using Grader.Exercises;
using Grader.Protocol;

namespace Grader.Execution;

/// <summary>Everything a sandbox needs to run one compiled submission.</summary>
internal sealed record SandboxRequest
{
    public required RunMode Mode { get; init; }
    public required string SubmissionName { get; init; }
    public required byte[] StudentAssembly { get; init; }
    public byte[]? ChecksAssembly { get; init; }
    public string? CodeFactsJson { get; init; }
    public TimeSpan? SiteLatency { get; init; }
    public required RunLimits Limits { get; init; }

    /// <summary>Receives the program's output as it arrives (run mode shows it live).</summary>
    public Action<string>? LiveOutput { get; init; }

    /// <summary>Cores the child may believe it has; null leaves the machine's count.</summary>
    public int? ProcessorCount { get; init; }
}
