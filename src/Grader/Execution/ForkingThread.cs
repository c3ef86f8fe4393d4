using System.Collections.Concurrent;
using System.Diagnostics;

namespace Grader.Execution;

/// <summary>
/// Starts the sandbox's children from one thread that lives as long as the grader. bwrap's <c>--die-with-parent</c>
/// (PR_SET_PDEATHSIG) fires when the thread that forked the child ends, not when the process does: started from a
/// pool thread, a run was SIGKILLed (exit 137, read as a crash) whenever the pool retired that thread mid-run.
/// </summary>
internal static class ForkingThread
{
    private static readonly BlockingCollection<(Process Process, TaskCompletionSource Started)> Requests = [];

    static ForkingThread() => new Thread(Serve) { IsBackground = true, Name = "grader-forking-thread" }.Start();

    /// <summary>Starts <paramref name="process"/> on the long-lived thread; returns once it has started, or throws what starting threw.</summary>
    public static void Start(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((process, started));
        started.Task.GetAwaiter().GetResult();
    }

    private static void Serve()
    {
        foreach (var (process, started) in Requests.GetConsumingEnumerable())
        {
            try
            {
                process.Start();
                started.SetResult();
            }
            catch (Exception e)
            {
                // Handed back to the caller, who owns the failure: this thread must outlive every child.
                started.SetException(e);
            }
        }
    }
}
