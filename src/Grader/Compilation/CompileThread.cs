namespace Grader.Compilation;

/// <summary>
/// Runs a compile of untrusted source on a thread of its own with a large stack and a time limit. Roslyn recurses on
/// the shape of the code, and a stack overflow cannot be caught in .NET: on a pool thread a deep enough file would
/// end the grader and every other file of a batch with it. A compile past its limit is cancelled (Roslyn polls the
/// token) and reported as such; one that ignores cancellation is left behind on a background thread.
/// </summary>
internal static class CompileThread
{
    /// <summary>Reserved, not committed: the memory is only touched by files deep enough to need it.</summary>
    private const int StackBytes = 512 * 1024 * 1024;

    private static readonly TimeSpan CancelPatience = TimeSpan.FromSeconds(5);

    /// <returns>The work's result, or null when it did not finish within <paramref name="limit"/>.</returns>
    public static T? Run<T>(Func<CancellationToken, T> work, TimeSpan limit)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(work);
        using var cancel = new CancellationTokenSource();
        T? result = null;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work(cancel.Token);
                }
                catch (OperationCanceledException) when (cancel.IsCancellationRequested)
                {
                }
                catch (Exception exception)
                {
                    failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception);
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "compile",
        };
        thread.Start();
        if (!thread.Join(limit))
        {
            cancel.Cancel();
            thread.Join(CancelPatience);
            return null;
        }

        failure?.Throw();
        return result;
    }
}
