using Grader.Batch;
using Grader.Checks;
using Grader.Grading;
using Spectre.Console.Testing;

namespace Grader.Tests.Batch;

/// <summary>The terminal's progress bar: every result counted once, from any thread, and the batch's own value returned.</summary>
public sealed class LiveBatchProgressTests
{
    [Fact]
    public async Task Results_from_parallel_jobs_are_each_counted_once_and_the_bar_ends_full()
    {
        var console = new TestConsole().Interactive();
        console.Profile.Width = 120;
        var statuses = Enumerable.Range(0, 60).Select(i => (GradeStatus)(i % 3)).ToList();

        var returned = await new LiveBatchProgress(console).RunAsync(statuses.Count, async report =>
        {
            await Parallel.ForEachAsync(statuses, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (status, token) =>
            {
                await Task.Yield();
                report(null!, Report(status));
            });
            return "hecho";
        });

        Assert.Equal("hecho", returned);
        Assert.Contains("60/60 · ✓ 20 · ✗ 20 · ! 20", console.Output, StringComparison.Ordinal);
        Assert.Contains("100%", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_batch_shows_nothing_done_and_still_returns()
    {
        var console = new TestConsole().Interactive();
        console.Profile.Width = 120;

        var returned = await new LiveBatchProgress(console).RunAsync(0, _ => Task.FromResult(7));

        Assert.Equal(7, returned);
        Assert.Contains("0/0 · ✓ 0 · ✗ 0 · ! 0", console.Output, StringComparison.Ordinal);
    }

    private static GradeReport Report(GradeStatus status) => new()
    {
        ExerciseId = "00-prueba",
        ExerciseTitle = new LocalizedText("Prueba", "Test"),
        Submission = "alumno.csx",
        Status = status,
        Reason = status == GradeStatus.Error ? FailureReason.Crash : null,
        Message = new LocalizedText("", ""),
        Score = 0,
        MaxScore = 1,
    };
}
