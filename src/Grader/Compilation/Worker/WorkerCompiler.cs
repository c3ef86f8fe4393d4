using System.Collections.Concurrent;
using System.Text.Json;

namespace Grader.Compilation.Worker;

/// <summary>
/// Compiles in worker processes, each kept for the next file: the grader's own process never runs the compiler on a
/// student's text, so a file that stalls it past <paramref name="limit"/> is stopped for good (its worker is killed)
/// and one that exhausts its memory or stack ends a worker, not the grader and the batch with it.
/// </summary>
internal sealed class WorkerCompiler(TimeSpan limit) : ISubmissionCompiler, IDisposable
{
    /// <summary>The grader's workers: a batch, a check and a server share them, and they end with the grader.</summary>
    public static WorkerCompiler Shared { get; } = new(ScriptCompiler.DefaultLimit);

    private readonly ConcurrentBag<CompileWorkerProcess> idle = [];

    /// <summary>
    /// As many compiles at once as cores: more only share the CPU (each in a worker of its own that loads the compiler
    /// again), and a compile's clock runs while it waits for a core. A compile waits here before its clock starts.
    /// </summary>
    private readonly SemaphoreSlim running = new(Environment.ProcessorCount);

    private readonly ConcurrentQueue<int> started = new();

    /// <summary>The process ids of every worker this compiler started, alive or not: what a test checks is gone.</summary>
    internal IReadOnlyCollection<int> Started => started;

    public CompileOutcome Compile(CompileRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var line = JsonSerializer.Serialize(WorkerMessages.Request(request), CompileWorkerJson.Default.WorkerRequest);
        running.Wait();
        try
        {
            return Compile(request, line);
        }
        finally
        {
            running.Release();
        }
    }

    private CompileOutcome Compile(CompileRequest request, string line)
    {
        var worker = Rent();
        var answer = worker.Ask(line, limit);
        if (answer.Kind == WorkerAnswerKind.Unreachable)
        {
            // An idle worker ended meanwhile (the system's doing): the file deserves a worker that reads it.
            worker.Dispose();
            worker = StartWorker();
            answer = worker.Ask(line, limit);
        }

        switch (answer.Kind)
        {
            case WorkerAnswerKind.Replied:
                var reply = JsonSerializer.Deserialize(answer.Line!, CompileWorkerJson.Default.WorkerReply)
                    ?? throw new InvalidOperationException("The compile worker sent an empty reply.");
                if (reply.Spent)
                {
                    worker.Dispose();
                }
                else
                {
                    Return(worker);
                }

                return WorkerMessages.Outcome(reply) ?? throw new InvalidOperationException("The compiler failed: " + reply.Failure);
            case WorkerAnswerKind.TooSlow:
                worker.Dispose();
                return CompilerGaveUp.TooSlow(request.Student, limit);
            default:
                worker.Dispose();
                return CompilerGaveUp.Crashed(request.Student);
        }
    }

    public void Dispose()
    {
        while (idle.TryTake(out var worker))
        {
            worker.Dispose();
        }

        running.Dispose();
    }

    private CompileWorkerProcess Rent()
    {
        while (idle.TryTake(out var worker))
        {
            if (!worker.HasExited)
            {
                return worker;
            }

            worker.Dispose();
        }

        return StartWorker();
    }

    private CompileWorkerProcess StartWorker()
    {
        var worker = CompileWorkerProcess.Start();
        started.Enqueue(worker.Id);
        return worker;
    }

    /// <summary>As many idle workers as cores are kept: more compiles at once than that would only queue for the CPU.</summary>
    private void Return(CompileWorkerProcess worker)
    {
        if (idle.Count < Environment.ProcessorCount)
        {
            idle.Add(worker);
        }
        else
        {
            worker.Dispose();
        }
    }
}
