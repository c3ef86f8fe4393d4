using System.Globalization;
using Grader.Grading;

namespace Grader.Batch;

/// <summary>One line per graded file, for CI logs and pipes, where a redrawn bar would be noise.</summary>
internal sealed class PlainBatchProgress(TextWriter output) : IBatchProgress
{
    private readonly Lock gate = new();

    public async Task<T> RunAsync<T>(int total, Func<Action<BatchJob, GradeReport>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var counts = new ProgressCounts(total);
        return await work((job, report) =>
        {
            lock (gate)
            {
                counts.Add(report);
                var left = counts.Remaining is { } r ? $" · ETA {Format(r)}" : "";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{counts.Tally}{left}] {job.HandIn.StudentKey} {job.Exercise.Id}: {Reporting.ResultsDocument.Snake(report.Status.ToString())} {report.Score}/{report.MaxScore} ({report.Duration.TotalSeconds:0.0} s)"));
            }
        }).ConfigureAwait(false);
    }

    public static string Format(TimeSpan time) =>
        time.TotalHours >= 1 ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
