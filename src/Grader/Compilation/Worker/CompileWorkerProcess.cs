using System.Diagnostics;
using System.Text;
using Grader.Execution;

namespace Grader.Compilation.Worker;

/// <summary>One worker process, asked one compile at a time, killed with everything it runs when it takes too long.</summary>
internal sealed class CompileWorkerProcess : IDisposable
{
    /// <summary>A cold start on a busy machine; a worker that is not ready by then will not be.</summary>
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A compile's heap, past which the worker ends as out of memory: a legitimate submission needs a few hundred
    /// megabytes; a file built to exhaust the compiler's memory must not take the machine's from every other run.
    /// </summary>
    private const string HeapLimit = "0xC0000000";

    private readonly Process process;

    private CompileWorkerProcess(Process process) => this.process = process;

    public bool HasExited => process.HasExited;

    public int Id => process.Id;

    public static CompileWorkerProcess Start()
    {
        var start = new ProcessStartInfo(DotnetMuxer.Path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CompileWorker).Assembly.Location);
        start.ArgumentList.Add(CompileWorker.Argument);
        start.Environment["DOTNET_GCHeapHardLimit"] = HeapLimit;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The compile worker did not start.");
        // Its standard error is only the runtime's own account of a crash (a stack overflow's trace can run to
        // megabytes): read so the worker never blocks on it, and dropped.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var worker = new CompileWorkerProcess(process);
        var ready = process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(StartPatience) || ready.Result != CompileWorker.Ready)
        {
            worker.Dispose();
            throw new InvalidOperationException($"The compile worker was not ready within {StartPatience.TotalSeconds} s.");
        }

        return worker;
    }

    /// <summary>Sends one request and waits for its reply at most <paramref name="limit"/>, past which the worker is killed.</summary>
    public WorkerAnswer Ask(string request, TimeSpan limit)
    {
        try
        {
            process.StandardInput.WriteLine(request);
            process.StandardInput.Flush();
        }
        catch (IOException)
        {
            return new WorkerAnswer(WorkerAnswerKind.Unreachable, null);
        }

        var reply = process.StandardOutput.ReadLineAsync();
        if (!reply.Wait(limit))
        {
            Kill();
            return new WorkerAnswer(WorkerAnswerKind.TooSlow, null);
        }

        return reply.Result is { } line ? new WorkerAnswer(WorkerAnswerKind.Replied, line) : new WorkerAnswer(WorkerAnswerKind.Ended, null);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            try
            {
                // The end of its input is a worker's signal to leave; one busy with a compile is killed instead.
                process.StandardInput.Close();
            }
            catch (IOException)
            {
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(2)))
            {
                Kill();
            }
        }

        process.Dispose();
    }

    private void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }
}

internal enum WorkerAnswerKind
{
    Replied,
    TooSlow,

    /// <summary>The worker died during the compile: the file made the compiler run out of memory or stack.</summary>
    Ended,

    /// <summary>The worker was gone before it got the request: nothing to do with the file.</summary>
    Unreachable,
}

internal readonly record struct WorkerAnswer(WorkerAnswerKind Kind, string? Line);
