using System.Diagnostics;
using System.Globalization;
using System.IO.Pipes;
using Grader.Protocol;

namespace Grader.Execution;

/// <summary>
/// Runs the runner child as a plain process: fresh empty working folder, scrubbed environment, managed heap
/// capped with DOTNET_GCHeapHardLimit, wall-clock timeout, output budget, and the whole tree killed at the end.
/// The checks' results come back over an inherited pipe, not stdout.
/// </summary>
internal sealed class PlainProcessSandbox : ISandbox
{
    // Process start and the release of the parent's copy of the pipe's inheritable end happen under one lock,
    // so no other child started in parallel inherits this run's channel.
    private static readonly Lock StartGate = new();
    private static readonly TimeSpan DrainPatience = TimeSpan.FromSeconds(2);

    public async Task<SandboxResult> RunAsync(SandboxRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var folder = RunFolder.Create();
        var planPath = WritePlan(request, folder);
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
        var start = StartInfo(request, folder, planPath, pipe.GetClientHandleAsString());
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        lock (StartGate)
        {
            try
            {
                process.Start();
            }
            finally
            {
                pipe.DisposeLocalCopyOfClientHandle();
            }
        }

        var termination = Termination.Exited;
        var budget = new OutputBudget(request.Limits.OutputBytes);
        var key = ChannelKey.Create();
        var channel = new ChannelListener(pipe, key);
        var stdout = new OutputDrain(process.StandardOutput.BaseStream, budget, request.LiveOutput);
        var stderr = new OutputDrain(process.StandardError.BaseStream, budget, live: null);
        try
        {
            await process.StandardInput.WriteLineAsync(key.AsMemory(), cancellation).ConfigureAwait(false);
            process.StandardInput.Close();
            var exited = process.WaitForExitAsync(cancellation);
            var first = await Task.WhenAny(exited, budget.Exceeded, Task.Delay(request.Limits.Wall, cancellation)).ConfigureAwait(false);
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
        }

        var records = await channel.FinishAsync(DrainPatience).ConfigureAwait(false);
        var outText = await stdout.FinishAsync(DrainPatience).ConfigureAwait(false);
        var errText = await stderr.FinishAsync(DrainPatience).ConfigureAwait(false);
        int? exitCode = process.HasExited ? process.ExitCode : null;
        return new SandboxResult(termination, exitCode, records, outText, errText, watch.Elapsed, channel.Forged);
    }

    private static string WritePlan(SandboxRequest request, RunFolder folder)
    {
        var student = Path.Combine(folder.Bin, "Alumno.dll");
        File.WriteAllBytes(student, request.StudentAssembly);
        AssemblyToRun? checks = null;
        if (request.ChecksAssembly is { } checkBytes)
        {
            var path = Path.Combine(folder.Bin, "Comprobaciones.dll");
            File.WriteAllBytes(path, checkBytes);
            checks = new AssemblyToRun(path, Compilation.ScriptOptionsFactory.ChecksClassName);
        }

        var plan = new RunPlan
        {
            Mode = request.Mode,
            SubmissionName = request.SubmissionName,
            Student = new AssemblyToRun(student, Compilation.ScriptOptionsFactory.StudentClassName),
            Checks = checks,
            Site = request.SiteLatency is { } latency ? new SiteSettings((int)latency.TotalMilliseconds) : null,
            CodeFactsJson = request.CodeFactsJson,
            OutputCaptureLimit = (int)Math.Min(request.Limits.OutputBytes, int.MaxValue),
        };
        var planPath = Path.Combine(folder.Bin, "plan.json");
        File.WriteAllText(planPath, ProtocolJson.Serialize(plan));
        return planPath;
    }

    private static ProcessStartInfo StartInfo(SandboxRequest request, RunFolder folder, string planPath, string pipeHandle)
    {
        var start = new ProcessStartInfo(DotnetMuxer.Path)
        {
            WorkingDirectory = folder.Work,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Grader.Runner.dll"));
        start.ArgumentList.Add("--plan");
        start.ArgumentList.Add(planPath);
        start.ArgumentList.Add("--channel");
        start.ArgumentList.Add(pipeHandle);

        // Nothing of the grader's environment reaches the student's code.
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";
        start.Environment["HOME"] = folder.Work;
        start.Environment["TMPDIR"] = folder.Temp;
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + request.Limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (request.ProcessorCount is { } cores)
        {
            start.Environment["DOTNET_PROCESSOR_COUNT"] = cores.ToString(CultureInfo.InvariantCulture);
        }

        return start;
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
