using Grader.Grading;

namespace Grader.Batch;

/// <summary>The running tally both progress displays show: done of total, passed, failed, errors, and a time left.</summary>
internal sealed class ProgressCounts(int total)
{
    private readonly System.Diagnostics.Stopwatch watch = System.Diagnostics.Stopwatch.StartNew();

    public int Total { get; } = total;

    public int Done { get; private set; }

    public int Passed { get; private set; }

    public int Failed { get; private set; }

    public int Errors { get; private set; }

    public void Add(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Done++;
        switch (report.Status)
        {
            case GradeStatus.Pass: Passed++; break;
            case GradeStatus.Fail: Failed++; break;
            default: Errors++; break;
        }
    }

    /// <summary>Time left at the pace so far; unknown until something is done.</summary>
    public TimeSpan? Remaining => Done == 0 ? null : watch.Elapsed / Done * (Total - Done);

    public string Tally => $"{Done}/{Total} · ✓ {Passed} · ✗ {Failed} · ! {Errors}";
}
