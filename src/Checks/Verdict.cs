namespace Grader.Checks;

public enum VerdictStatus
{
    Pass,
    Fail,

    /// <summary>The check could not be measured here (say, a speedup on one core): neither pass nor fail.</summary>
    Skip,
}

/// <summary>How one check ended. Expected and actual text, when given, are shown to the student as a line diff.</summary>
public sealed record Verdict(VerdictStatus Status, LocalizedText? Message = null, string? Expected = null, string? Actual = null)
{
    /// <summary>
    /// Set by <see cref="Blocked"/>: the check could not judge its own point, and its message names the part that
    /// is missing instead. The check's hint is about its own point, so it is not shown: it would send the student
    /// to fix what may well be right.
    /// </summary>
    public bool Unjudged { get; init; }

    public static Verdict Pass() => new(VerdictStatus.Pass);

    public static Verdict Pass(string es, string en) => new(VerdictStatus.Pass, new LocalizedText(es, en));

    public static Verdict Fail(string es, string en, string? expected = null, string? actual = null) =>
        new(VerdictStatus.Fail, new LocalizedText(es, en), expected, actual);

    /// <summary>
    /// The check cannot judge its point because another part of the code is missing or wrong (no thread to wait
    /// for, lines that never came): it fails, with no points, saying which part and how to fix it.
    /// </summary>
    public static Verdict Blocked(string es, string en, string? expected = null, string? actual = null) =>
        new(VerdictStatus.Fail, new LocalizedText(es, en), expected, actual) { Unjudged = true };

    public static Verdict Skip(string es, string en) => new(VerdictStatus.Skip, new LocalizedText(es, en));

    public bool Passed => Status == VerdictStatus.Pass;
}
