using System.Diagnostics;
using System.Text;
using Grader.Checks;

namespace Grader.Runner;

/// <summary>
/// Replaces Console.Out: everything still goes to the real stdout (the host counts and caps it there),
/// and is also kept, up to a limit, in every capture that is open, whichever thread prints.
/// </summary>
internal sealed class ConsoleTee(TextWriter real, int limit) : TextWriter, IConsoleCapture
{
    private readonly Lock gate = new();
    private readonly List<CaptureBuffer> open = [];
    private volatile int slowExcept;
    private TimeSpan slowDelay;

    public override Encoding Encoding => real.Encoding;

    /// <summary>True when some capture dropped output past the limit.</summary>
    public bool Truncated { get; private set; }

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var thread = Environment.CurrentManagedThreadId;
        if (slowExcept != 0 && thread != slowExcept)
        {
            SleepOutsideConsoleLock(slowDelay);
        }

        lock (gate)
        {
            foreach (var capture in open)
            {
                capture.Append(value, thread);
                Truncated |= capture.Truncated;
            }

            real.Write(value);
        }
    }

    public override void WriteLine(string? value) => Write((value ?? "") + "\n");

    public override void WriteLine() => Write("\n");

    public override void Flush()
    {
        lock (gate)
        {
            real.Flush();
        }
    }

    public CapturedCall Capture(Action action) => CaptureUntil(action, _ => true, TimeSpan.Zero);

    public CapturedCall CaptureUntil(Action action, Func<string, bool> finished, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(finished);
        var buffer = Begin();
        var watch = Stopwatch.StartNew();
        try
        {
            action();
            var deadline = watch.Elapsed + patience;
            while (!finished(Read(buffer)) && watch.Elapsed < deadline)
            {
                Thread.Sleep(1);
            }
        }
        finally
        {
            watch.Stop();
            End(buffer);
        }

        lock (gate)
        {
            return new CapturedCall(buffer.Text, watch.Elapsed, buffer.Writes);
        }
    }

    public CapturedCall CaptureWithSlowThreads(Action action, TimeSpan delay)
    {
        slowDelay = delay;
        slowExcept = Environment.CurrentManagedThreadId;
        try
        {
            return Capture(action);
        }
        finally
        {
            slowExcept = 0;
        }
    }

    public CaptureBuffer Begin()
    {
        var buffer = new CaptureBuffer(limit);
        lock (gate)
        {
            open.Add(buffer);
        }

        return buffer;
    }

    public string End(CaptureBuffer buffer)
    {
        lock (gate)
        {
            open.Remove(buffer);
            return buffer.Text;
        }
    }

    /// <summary>
    /// Console.SetOut wraps this writer in a synchronized one that holds its own lock during every write. A slowed
    /// thread lets go of it while it waits, or the caller's next write would queue behind it and a missing Join
    /// would go unseen.
    /// </summary>
    private static void SleepOutsideConsoleLock(TimeSpan delay)
    {
        var synchronized = Console.Out;
        var held = Monitor.IsEntered(synchronized);
        if (held)
        {
            Monitor.Exit(synchronized);
        }

        try
        {
            Thread.Sleep(delay);
        }
        finally
        {
            if (held)
            {
                Monitor.Enter(synchronized);
            }
        }
    }

    private string Read(CaptureBuffer buffer)
    {
        lock (gate)
        {
            return buffer.Text;
        }
    }
}
