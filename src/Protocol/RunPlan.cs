namespace Grader.Protocol;

/// <summary>What the runner child must do, written by the host next to the compiled assemblies.</summary>
public sealed record RunPlan
{
    public required RunMode Mode { get; init; }

    /// <summary>The name the student gave the file, used in feedback instead of machine paths.</summary>
    public required string SubmissionName { get; init; }

    public required AssemblyToRun Student { get; init; }

    /// <summary>
    /// The script class of the exercise's checks, compiled as a continuation of the student's script; null in run
    /// mode. The assembly's bytes come on stdin after the run's key, never as a file the student's code could read
    /// (a hidden check's expected values are in it).
    /// </summary>
    public string? ChecksClassName { get; init; }

    /// <summary>Null when the exercise needs no web server.</summary>
    public SiteSettings? Site { get; init; }

    /// <summary>Facts about the student's code computed by the host's compiler, as JSON, handed to the checks.</summary>
    public string? CodeFactsJson { get; init; }

    /// <summary>How many characters of the program's output the runner keeps for the checks.</summary>
    public int OutputCaptureLimit { get; init; } = 1 << 20;
}

public enum RunMode
{
    Run,
    Check,
}

public sealed record AssemblyToRun(string Path, string ScriptClassName);

public sealed record SiteSettings(int LatencyMilliseconds);
