using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Grader.Compilation.Worker;

/// <summary>
/// The grader's process started as a compile worker: one request per line on standard input, one reply per line on
/// standard output. A compile that never ends, or that takes the process down, is then killed or lost with this
/// process and not with the grader's: Roslyn polls cancellation only now and then, and a file built to stall it
/// would otherwise keep a thread of the grader busy for good.
/// </summary>
internal static class CompileWorker
{
    /// <summary>The argument that starts the grader as a worker; not a command a person types.</summary>
    public const string Argument = "--compile-worker";

    public static int Run()
    {
        // Ctrl-C reaches the whole process group: the grader decides what to do with a compile under way, not us.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);
        var compiler = new ScriptCompiler(Timeout.InfiniteTimeSpan);
        using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
        using var requests = new BlockingCollection<string>();
        var reading = new Thread(() => Read(input, requests)) { IsBackground = true, Name = "requests" };
        reading.Start();
        output.WriteLine(Ready);
        foreach (var line in requests.GetConsumingEnumerable())
        {
            var reply = Answer(compiler, line);
            output.WriteLine(JsonSerializer.Serialize(reply, CompileWorkerJson.Default.WorkerReply));
            if (reply.Spent)
            {
                break;
            }
        }

        return 0;
    }

    /// <summary>
    /// Reads requests while a compile runs, so that the end of the pipe is seen at once: the grader closed it or was
    /// killed, and a compile that never ends must not outlive it.
    /// </summary>
    private static void Read(StreamReader input, BlockingCollection<string> requests)
    {
        while (input.ReadLine() is { } line)
        {
            requests.Add(line);
        }

        Environment.Exit(0);
    }

    /// <summary>The first line a worker writes, once it can take requests.</summary>
    public const string Ready = "ready";

    private static WorkerReply Answer(ScriptCompiler compiler, string line)
    {
        try
        {
            var request = JsonSerializer.Deserialize(line, CompileWorkerJson.Default.WorkerRequest)
                ?? throw new InvalidDataException("empty request");
            return WorkerMessages.Reply(compiler.Compile(WorkerMessages.Request(request)));
        }
        catch (OutOfMemoryException)
        {
            // Under the heap limit this is the file's doing (a constant string doubled thirty times), and a runtime
            // that ran out of memory is not trusted with the next one.
            return WorkerMessages.Reply(CompilerGaveUp.Crashed(StudentOf(line))) with { Spent = true };
        }
#pragma warning disable CA1031 // Any failure is the grader's to report, as it would be for a compile in its own process.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new WorkerReply(null, null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static SourceFile StudentOf(string line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, CompileWorkerJson.Default.WorkerRequest)?.Student ?? new SourceFile("?", "");
        }
        catch (OutOfMemoryException)
        {
            return new SourceFile("?", "");
        }
    }
}
