namespace Grader.Checks;

/// <summary>What the student's top-level statements did before the checks started.</summary>
/// <param name="Finished">When the top-level statements ended, to compare with the processes they started.</param>
public sealed record ProgramRun(string Output, bool OutputTruncated, LocalizedText? Failure, DateTimeOffset Finished)
{
    public bool Completed => Failure is null;

    /// <summary>The printed lines, without the empty line that a final newline leaves.</summary>
    public IReadOnlyList<string> Lines => OutputLines.Split(Output);
}
