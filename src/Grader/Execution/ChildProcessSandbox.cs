using System.Diagnostics;
using System.IO.Pipes;
using Grader.Execution.Isolation;
using Grader.Protocol;

namespace Grader.Execution;

/// <summary>
/// Runs the runner child wrapped by an <see cref="IIsolation"/>: fresh empty private folder, scrubbed environment,
/// managed heap capped, wall-clock timeout, output budget, and the whole tree killed at the end (and its cgroup and
/// its uid's processes, where there are), before its folder is deleted. The checks' results come back over an
/// inherited pipe, not stdout.
/// </summary>
internal sealed class ChildProcessSandbox(IIsolation isolation) : ISandbox
{
    /// <summary>The best isolation this machine offers (see <c>grader doctor</c>).</summary>
    public static ChildProcessSandbox Best() =>
        new(LayeredIsolation.Create(HostTools.Current) as IIsolation ?? new PlainIsolation());

    public IsolationLayers Layers => isolation.Layers;

    // The pipe's inheritable end exists, in this process, only inside this lock: created, handed to the child, and
    // released under it, so no other child started in parallel inherits this run's channel.
    private static readonly Lock StartGate = new();
    private static readonly TimeSpan DrainPatience = TimeSpan.FromSeconds(2);

    public async Task<SandboxResult> RunAsync(SandboxRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // From here the folder is deleted by the launch, which first makes sure no process of the run is left.
        var folder = RunFolder.Create();
        AnonymousPipeServerStream pipe;
        Launch? launch = null;
        var process = new Process();
        lock (StartGate)
        {
            pipe = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
            try
            {
                launch = isolation.Prepare(folder, request, pipe.GetClientHandleAsString());
                WritePlan(request, folder, launch.BinAsSeen);
                var start = launch.Start;
                start.RedirectStandardInput = true;
                start.RedirectStandardOutput = true;
                start.RedirectStandardError = true;
                start.UseShellExecute = false;
                process.StartInfo = start;
                ForkingThread.Start(process);
            }
            catch
            {
                pipe.Dispose();
                process.Dispose();
                if (launch is null)
                {
                    folder.Dispose();
                }

                launch?.Dispose();
                throw;
            }
            finally
            {
                pipe.DisposeLocalCopyOfClientHandle();
            }
        }

        using var ownedPipe = pipe;
        using var ownedLaunch = launch;
        using var ownedProcess = process;
        var watch = Stopwatch.StartNew();

        var termination = Termination.Exited;
        var budget = new OutputBudget(request.Limits.OutputBytes);
        var key = ChannelKey.Create();
        var channel = new ChannelListener(pipe, key);
        var stdout = new OutputDrain(process.StandardOutput.BaseStream, budget, request.LiveOutput);
        var stderr = new OutputDrain(process.StandardError.BaseStream, budget, live: null);
        try
        {
            // The clock runs from the start: a runner that never reads its stdin cannot hold the grader.
            var deadline = Task.Delay(request.Limits.Wall, cancellation);
            await Task.WhenAny(HandOverAsync(process, key, request.ChecksAssembly, cancellation), deadline).ConfigureAwait(false);
            var exited = process.WaitForExitAsync(cancellation);
            var first = await Task.WhenAny(exited, budget.Exceeded, deadline).ConfigureAwait(false);
            if (first == budget.Exceeded)
            {
                termination = Termination.OutputLimit;
            }
            else if (first != exited)
            {
                termination = cancellation.IsCancellationRequested ? Termination.Exited : Termination.TimedOut;
            }
        }
        finally
        {
            KillTree(process);
            launch.Cgroup?.KillAll();
        }

        cancellation.ThrowIfCancellationRequested();
        var records = await channel.FinishAsync(DrainPatience).ConfigureAwait(false);
        var outText = await stdout.FinishAsync(DrainPatience).ConfigureAwait(false);
        var errText = await stderr.FinishAsync(DrainPatience).ConfigureAwait(false);
        int? exitCode = process.HasExited ? process.ExitCode : null;
        return new SandboxResult(termination, exitCode, records, outText, errText, watch.Elapsed, channel.Forged)
        {
            MemoryExceeded = launch.Cgroup?.OutOfMemory ?? false,
            Isolation = launch.Layers,
        };
    }

    /// <summary>The run's key, then the checks' assembly, on the runner's stdin; then stdin is closed.</summary>
    private static async Task HandOverAsync(Process process, string key, byte[]? checks, CancellationToken cancellation)
    {
        try
        {
            await process.StandardInput.WriteLineAsync(key.AsMemory(), cancellation).ConfigureAwait(false);
            if (checks is not null)
            {
                await process.StandardInput.WriteLineAsync(Convert.ToBase64String(checks).AsMemory(), cancellation).ConfigureAwait(false);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The runner died before reading: its end is diagnosed from what it left.
        }
    }

    /// <summary>Writes the student's assembly and the plan into bin/, naming them as the runner will see them.</summary>
    private static void WritePlan(SandboxRequest request, RunFolder folder, string binAsSeen)
    {
        File.WriteAllBytes(Path.Combine(folder.Bin, "Alumno.dll"), request.StudentAssembly);
        var student = binAsSeen + "/Alumno.dll";

        var plan = new RunPlan
        {
            Mode = request.Mode,
            SubmissionName = request.SubmissionName,
            Student = new AssemblyToRun(student, Compilation.ScriptOptionsFactory.StudentClassName),
            ChecksClassName = request.ChecksAssembly is null ? null : Compilation.ScriptOptionsFactory.ChecksClassName,
            Site = request.SiteLatency is { } latency ? new SiteSettings((int)latency.TotalMilliseconds) : null,
            CodeFactsJson = request.CodeFactsJson,
            OutputCaptureLimit = (int)Math.Min(request.Limits.OutputBytes, int.MaxValue),
        };
        File.WriteAllText(Path.Combine(folder.Bin, "plan.json"), ProtocolJson.Serialize(plan));
    }

    private static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }
}
