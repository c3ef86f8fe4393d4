using System.Text;
using Grader.Checks;

namespace Grader.Runner;

/// <summary>
/// Replaces Console.Out: everything still goes to the real stdout (the host counts and caps it there),
/// and is also kept, up to a limit, in every capture that is open, whichever thread prints.
/// </summary>
internal sealed class ConsoleTee : TextWriter, IConsoleCapture
{
    private readonly TextWriter real;
    private readonly int limit;
    private readonly Lock gate = new();
    private readonly List<StringBuilder> open = [];
    private volatile int slowExcept;
    private TimeSpan slowDelay;

    public ConsoleTee(TextWriter real, int limit)
    {
        this.real = real;
        this.limit = limit;
    }

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

        if (slowExcept != 0 && Environment.CurrentManagedThreadId != slowExcept)
        {
            Thread.Sleep(slowDelay);
        }

        lock (gate)
        {
            foreach (var capture in open)
            {
                var room = limit - capture.Length;
                if (room >= value.Length)
                {
                    capture.Append(value);
                }
                else
                {
                    capture.Append(value.AsSpan(0, Math.Max(room, 0)));
                    Truncated = true;
                }
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
        var watch = System.Diagnostics.Stopwatch.StartNew();
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

        return new CapturedCall(Read(buffer), watch.Elapsed);
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

    private string Read(StringBuilder buffer)
    {
        lock (gate)
        {
            return buffer.ToString();
        }
    }

    public StringBuilder Begin()
    {
        var buffer = new StringBuilder();
        lock (gate)
        {
            open.Add(buffer);
        }

        return buffer;
    }

    public void End(StringBuilder buffer)
    {
        lock (gate)
        {
            open.Remove(buffer);
        }
    }
}
