using System.Diagnostics;

namespace Grader.Execution.Isolation;

/// <summary>How a run's child process is wrapped: the command line that starts the runner, and what it sees.</summary>
internal interface IIsolation
{
    IsolationLayers Layers { get; }

    /// <summary>Builds the start of one run. The runner will be told to read its plan from <see cref="Launch.BinAsSeen"/>.</summary>
    Launch Prepare(RunFolder folder, SandboxRequest request, string pipeHandle);
}

/// <summary>One prepared start: the process to run, where the runner sees the compiled files, and what to tear down.</summary>
internal sealed class Launch(ProcessStartInfo start, string binAsSeen, RunFolder folder, ICgroup? cgroup, UserSlots.Lease? lease, IsolationLayers layers) : IDisposable
{
    /// <summary>The layers this run actually got (a cgroup that could not be made is not reported).</summary>
    public IsolationLayers Layers { get; } = layers;

    public ProcessStartInfo Start { get; } = start;

    public string BinAsSeen { get; } = binAsSeen;

    public ICgroup? Cgroup { get; } = cgroup;

    /// <summary>
    /// Every process of the run killed and waited for, then its folder deleted, then its uid handed back: a run's
    /// process alive while its folder is deleted could swap a folder for a link under the deletion, and one alive
    /// when its uid is handed on would reach the next run's folder. A run whose processes cannot all be killed
    /// keeps its folder and its uid.
    /// </summary>
    public void Dispose()
    {
        Cgroup?.KillAll();
        var gone = (Cgroup?.IsEmpty ?? true) && (lease is null || UidProcesses.KillAll(lease.Uid));
        if (gone)
        {
            folder.Dispose();
        }

        Cgroup?.Dispose();
        lease?.Dispose();
    }
}
