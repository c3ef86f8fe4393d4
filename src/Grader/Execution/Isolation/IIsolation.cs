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
internal sealed class Launch(ProcessStartInfo start, string binAsSeen, ICgroup? cgroup, IDisposable? lease, IsolationLayers layers) : IDisposable
{
    /// <summary>The layers this run actually got (a cgroup that could not be made is not reported).</summary>
    public IsolationLayers Layers { get; } = layers;

    public ProcessStartInfo Start { get; } = start;

    public string BinAsSeen { get; } = binAsSeen;

    public ICgroup? Cgroup { get; } = cgroup;

    public void Dispose()
    {
        Cgroup?.Dispose();
        lease?.Dispose();
    }
}
