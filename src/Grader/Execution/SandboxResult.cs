using Grader.Protocol;

namespace Grader.Execution;

/// <summary>How the child process ended, with everything it said on each of its three channels.</summary>
internal sealed record SandboxResult(
    Termination Termination,
    int? ExitCode,
    IReadOnlyList<ChannelRecord> Records,
    CapturedText Stdout,
    CapturedText Stderr,
    TimeSpan Elapsed,
    int ForgedRecords = 0)
{
    public bool Done => Records.OfType<DoneRecord>().Any();

    /// <summary>The cgroup counted an OOM kill (native memory past the limit, which no exception reports).</summary>
    public bool MemoryExceeded { get; init; }

    /// <summary>The layers that protected this run.</summary>
    public Isolation.IsolationLayers Isolation { get; init; } = Grader.Execution.Isolation.IsolationLayers.PlainProcess;
}

internal enum Termination
{
    /// <summary>The process ended by itself (normally or by crashing).</summary>
    Exited,

    /// <summary>Killed at the wall-clock limit.</summary>
    TimedOut,

    /// <summary>Killed for printing more than the output limit.</summary>
    OutputLimit,
}

/// <summary>Text kept up to a cap; <see cref="TotalBytes"/> counts everything that was written.</summary>
internal sealed record CapturedText(string Text, long TotalBytes, bool Truncated);
