using Grader.Grading;
using Spectre.Console;

namespace Grader.Batch;

/// <summary>A Spectre.Console progress bar for a terminal: done of total, passed, failed, errors, elapsed and time left.</summary>
internal sealed class LiveBatchProgress(IAnsiConsole console) : IBatchProgress
{
    public Task<T> RunAsync<T>(int total, Func<Action<BatchJob, GradeReport>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var counts = new ProgressCounts(total);
        var gate = new Lock();
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(counts.Tally), maxValue: Math.Max(1, total));
                var result = await work((_, report) =>
                {
                    lock (gate)
                    {
                        counts.Add(report);
                        task.Description = Markup.Escape(counts.Tally);
                        task.Increment(1);
                    }
                }).ConfigureAwait(false);
                task.StopTask();
                return result;
            });
    }
}
