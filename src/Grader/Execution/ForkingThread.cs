using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Grader.Execution;

/// <summary>
/// Starts the sandbox's children from one thread that lives as long as the grader. bwrap's <c>--die-with-parent</c>
/// (PR_SET_PDEATHSIG) fires when the thread that forked the child ends, not when the process does: started from a
/// pool thread, a run was SIGKILLed (exit 137, read as a crash) whenever the pool retired that thread mid-run.
/// </summary>
internal static class ForkingThread
{
    private static readonly BlockingCollection<Request> Requests = [];

    static ForkingThread() => new Thread(Serve) { IsBackground = true, Name = "grader-forking-thread" }.Start();

    /// <summary>Starts <paramref name="process"/> on the long-lived thread; returns once it has started or failed.</summary>
    public static void Start(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        using var request = new Request(process);
        Requests.Add(request);
        request.Done.Wait();
        if (request.Error is not null)
        {
            ExceptionDispatchInfo.Throw(request.Error);
        }
    }

    private static void Serve()
    {
        foreach (var request in Requests.GetConsumingEnumerable())
        {
            try
            {
                request.Process.Start();
            }
            catch (Exception e)
            {
                // Handed back to the caller, who owns the failure: this thread must outlive every child.
                request.Error = e;
            }
            finally
            {
                request.Done.Set();
            }
        }
    }

    private sealed class Request(Process process) : IDisposable
    {
        public Process Process { get; } = process;

        public ManualResetEventSlim Done { get; } = new();

        public Exception? Error { get; set; }

        public void Dispose() => Done.Dispose();
    }
}
