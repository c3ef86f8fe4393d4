namespace Grader.Protocol;

/// <summary>A bilingual text: Spanish first, English available.</summary>
public sealed record WireText(string Es, string En);

public enum WireStatus
{
    Pass,
    Fail,
    Skip,
    Error,
}

/// <summary>How a check ended, as it crosses the channel.</summary>
public sealed record WireVerdict
{
    public required WireStatus Status { get; init; }
    public WireText? Message { get; init; }
    public string? Expected { get; init; }
    public string? Actual { get; init; }

    /// <summary>The check could not judge its own point (another part is missing): its hint does not apply.</summary>
    public bool Unjudged { get; init; }

    /// <summary>Set when the check failed because of an exception thrown by the student's code.</summary>
    public StudentError? Exception { get; init; }
}

/// <summary>An exception thrown by the student's code, located in the student's file.</summary>
public sealed record StudentError
{
    public required string Type { get; init; }
    public required string Message { get; init; }

    /// <summary>The student's function where it was thrown; null for top-level statements.</summary>
    public string? Function { get; init; }

    public int? Line { get; init; }

    /// <summary>True for a NotImplementedException thrown by a function still holding its stub.</summary>
    public bool Unfinished { get; init; }

    /// <summary>The program had read its standard input, which is empty while graded, before this was thrown.</summary>
    public bool InputWasEmpty { get; init; }
}
