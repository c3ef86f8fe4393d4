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
    public static Verdict Pass() => new(VerdictStatus.Pass);

    public static Verdict Pass(string es, string en) => new(VerdictStatus.Pass, new LocalizedText(es, en));

    public static Verdict Fail(string es, string en, string? expected = null, string? actual = null) =>
        new(VerdictStatus.Fail, new LocalizedText(es, en), expected, actual);

    public static Verdict Skip(string es, string en) => new(VerdictStatus.Skip, new LocalizedText(es, en));

    public bool Passed => Status == VerdictStatus.Pass;
}
