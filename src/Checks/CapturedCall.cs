namespace Grader.Checks;

/// <summary>What a call into the student's code printed, and how long it took.</summary>
public sealed record CapturedCall(string Output, TimeSpan Elapsed)
{
    public IReadOnlyList<string> Lines => OutputLines.Split(Output);
}
