using Grader.Checks;

namespace Grader.Runner;

/// <summary>
/// The relaunches this runner verified and what became of them, for <see cref="ChildRun.ReadAll"/>. When each one
/// ended is the kernel's answer, not the child's: whether its process (pid and start time) was gone when the
/// student's top-level statements ended (<see cref="NoteProgramEnd"/>), else when it was first seen gone later.
/// </summary>
internal sealed class ChildRunLedger
{
    /// <summary>More relaunches than any exercise needs; past this, a process-starting loop is not followed.</summary>
    public const int MaxChildren = 64;

    private readonly Lock gate = new();
    private readonly Dictionary<(int Pid, ulong StartTime), Entry> entries = [];
    private readonly int self = Environment.ProcessId;
    private DateTimeOffset? programEnd;

    /// <summary>
    /// Registers a connection from this process. Null when it connected before (the second connection voids the
    /// first: a genuine relaunch connects once, before any code of the student's runs in it) or when there are too many.
    /// </summary>
    public Entry? Admit(int pid, ulong startTime)
    {
        lock (gate)
        {
            if (entries.TryGetValue((pid, startTime), out var earlier))
            {
                earlier.Voided = true;
                return null;
            }

            if (entries.Count >= MaxChildren)
            {
                return null;
            }

            var entry = new Entry(pid, startTime, DateTimeOffset.UtcNow);
            entries.Add((pid, startTime), entry);
            return entry;
        }
    }

    public void Complete(Entry entry, string output, string? error)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (gate)
        {
            entry.Output = output;
            entry.Error = error;
        }
    }

    public void Void(Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (gate)
        {
            entry.Voided = true;
        }
    }

    /// <summary>
    /// The moment the top-level statements ended, taken after looking at every relaunch: one already gone ended no
    /// later than this, one still running (or not yet connected) ends after it, whatever it reports.
    /// </summary>
    public DateTimeOffset NoteProgramEnd()
    {
        lock (gate)
        {
            foreach (var entry in entries.Values)
            {
                Observe(entry);
            }

            programEnd = DateTimeOffset.UtcNow;
            return programEnd.Value;
        }
    }

    /// <summary>The verified relaunches that have ended and reported, in the order they ended.</summary>
    public IReadOnlyList<ChildRun> Snapshot()
    {
        lock (gate)
        {
            var ended = new List<ChildRun>();
            foreach (var entry in entries.Values.Where(e => !e.Voided && e.Output is not null))
            {
                Observe(entry);
                if (entry.GoneAt is { } gone)
                {
                    ended.Add(new ChildRun(entry.Pid, self, entry.Output!, entry.Started, gone, entry.Error));
                }
            }

            return ended.OrderBy(run => run.Finished).ToList();
        }
    }

    private void Observe(Entry entry)
    {
        if (entry.GoneAt is null && ProcStat.IsGone(entry.Pid, entry.StartTime))
        {
            var now = DateTimeOffset.UtcNow;
            entry.GoneAt = programEnd is { } end && now <= end ? end.AddTicks(1) : now;
        }
    }

    internal sealed class Entry(int pid, ulong startTime, DateTimeOffset started)
    {
        public int Pid { get; } = pid;

        public ulong StartTime { get; } = startTime;

        public DateTimeOffset Started { get; } = started;

        public string? Output { get; set; }

        public string? Error { get; set; }

        public bool Voided { get; set; }

        public DateTimeOffset? GoneAt { get; set; }
    }
}
