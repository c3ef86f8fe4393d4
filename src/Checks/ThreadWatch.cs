namespace Grader.Checks;

/// <summary>
/// Which threads ran work that a call into the student's code handed off. A thread started with <c>Start</c>, a task
/// from <c>Task.Run</c> and a pool work item all run under the caller's execution context, and an
/// <see cref="AsyncLocal{T}"/> with a change handler hears each of them arrive: no sampling, no timing, however short
/// the thread's life. Work started with its context's flow suppressed (<c>UnsafeStart</c>) is not seen.
/// </summary>
public static class ThreadWatch
{
    public static WatchedCall<T> Observe<T>(Func<T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var mark = new object();
        var arrivals = new List<int>();
        var local = new AsyncLocal<object?>(change =>
        {
            if (change.ThreadContextChanged && ReferenceEquals(change.CurrentValue, mark))
            {
                lock (arrivals)
                {
                    arrivals.Add(Environment.CurrentManagedThreadId);
                }
            }
        });
        var caller = Environment.CurrentManagedThreadId;
        local.Value = mark;
        T result;
        try
        {
            result = call();
        }
        finally
        {
            local.Value = null;
        }

        lock (arrivals)
        {
            return new WatchedCall<T>(result, caller, arrivals.Where(id => id != caller).ToList());
        }
    }
}

/// <summary>
/// What a watched call returned, and the managed id of each thread that began running work the call handed off
/// before it returned (one entry per arrival: a pool thread that runs two of its tasks appears twice).
/// </summary>
public sealed record WatchedCall<T>(T Result, int CallerThreadId, IReadOnlyList<int> Arrivals)
{
    /// <summary>The threads, other than the caller's, that ran the call's work.</summary>
    public int DistinctThreads => Arrivals.Distinct().Count();
}
