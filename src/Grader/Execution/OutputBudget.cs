namespace Grader.Execution;

/// <summary>
/// The bytes stdout and stderr may carry together. .NET keeps writing after a reader stops reading, so an
/// output flood is stopped by counting here and killing the process when the budget runs out.
/// </summary>
internal sealed class OutputBudget(long limit)
{
    private long used;
    private readonly TaskCompletionSource exceeded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Exceeded => exceeded.Task;

    /// <summary>Counts <paramref name="bytes"/>; returns how many of them still fit in the budget.</summary>
    public int Spend(int bytes)
    {
        var after = Interlocked.Add(ref used, bytes);
        var before = after - bytes;
        if (after <= limit)
        {
            return bytes;
        }

        exceeded.TrySetResult();
        return (int)Math.Clamp(limit - before, 0, bytes);
    }
}
