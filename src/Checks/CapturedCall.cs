namespace Grader.Checks;

/// <summary>What a call into the student's code printed (also write by write, with the thread of each), and how long it took.</summary>
public sealed record CapturedCall(string Output, TimeSpan Elapsed, IReadOnlyList<ConsoleWrite> Writes)
{
    public IReadOnlyList<string> Lines => OutputLines.Split(Output);

    /// <summary>The lines each thread printed, with the thread's managed id, in the order the threads first wrote.</summary>
    public IReadOnlyList<(int ThreadId, string Line)> LinesByThread =>
        Writes.GroupBy(w => w.ThreadId)
            .SelectMany(g => OutputLines.Split(string.Concat(g.Select(w => w.Text))).Select(line => (g.Key, line)))
            .ToList();
}
