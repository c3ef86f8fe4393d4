using System.Diagnostics;

namespace Grader.Execution.Isolation;

/// <summary>
/// No layer beyond a plain child process: empty environment, wall-clock timeout, output cap, heap limit, the tree
/// killed at the end. What a laptop without bubblewrap, macOS or Windows gets.
/// </summary>
internal sealed class PlainIsolation : IIsolation
{
    public IsolationLayers Layers => IsolationLayers.PlainProcess;

    public Launch Prepare(RunFolder folder, SandboxRequest request, string pipeHandle)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var start = new ProcessStartInfo(DotnetMuxer.Path) { WorkingDirectory = folder.Work };
        RunnerCommand.Append(start, Path.Combine(RunnerEnvironment.RunnerDirectory, RunnerCommand.RunnerFile), Path.Combine(folder.Bin, "plan.json"), pipeHandle);
        start.Environment.Clear();
        foreach (var (name, value) in RunnerEnvironment.For(request, folder.Work, folder.Temp))
        {
            start.Environment[name] = value;
        }

        return new Launch(start, folder.Bin, folder, cgroup: null, lease: null, Layers);
    }
}
