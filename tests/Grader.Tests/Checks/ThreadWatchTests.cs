using Grader.Checks;

namespace Grader.Tests.Checks;

/// <summary>The threads that ran a call's work, heard through the execution context instead of sampled.</summary>
public sealed class ThreadWatchTests
{
    [Fact]
    public void Hears_every_started_thread_and_returns_the_result()
    {
        var watched = ThreadWatch.Observe(() =>
        {
            // Alive all at once, so that no managed thread id can be handed out twice.
            using var together = new Barrier(4);
            var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() => together.SignalAndWait())).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            return 42;
        });

        Assert.Equal(42, watched.Result);
        Assert.Equal(4, watched.Arrivals.Count);
        Assert.Equal(4, watched.DistinctThreads);
        Assert.DoesNotContain(watched.CallerThreadId, watched.Arrivals);
    }

    [Fact]
    public void Hears_pool_work_and_nothing_for_work_done_on_the_caller()
    {
        var pooled = ThreadWatch.Observe(() =>
        {
            // Both must have started before anyone waits for them: a wait may run a task not yet started inline.
            using var started = new CountdownEvent(2);
            var tasks = new[] { Task.Run(() => started.Signal()), Task.Run(() => started.Signal()) };
            started.Wait();
            Task.WaitAll(tasks);
            return 0;
        });
        var inline = ThreadWatch.Observe(() => Enumerable.Range(0, 1000).Sum());

        Assert.Equal(2, pooled.Arrivals.Count);
        Assert.Empty(inline.Arrivals);
        Assert.Equal(0, inline.DistinctThreads);
    }

    [Fact]
    public void Work_handed_off_before_the_watch_is_not_counted()
    {
        using var release = new ManualResetEventSlim();
        var before = new Thread(() => release.Wait());
        before.Start();

        var watched = ThreadWatch.Observe(() => 0);
        release.Set();
        before.Join();

        Assert.Empty(watched.Arrivals);
    }
}
