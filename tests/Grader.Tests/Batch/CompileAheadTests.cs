using System.Collections.Concurrent;
using Grader.Batch;

namespace Grader.Tests.Batch;

/// <summary>The batch's overlap of compiling and running, with stand-ins for both halves (no process started).</summary>
public sealed class CompileAheadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Every_job_is_graded_once_with_its_own_compilation_and_never_more_than_the_slots_at_once()
    {
        var graded = new ConcurrentBag<(int Job, string Compiled)>();
        var running = 0;
        var mostRunning = 0;
        await CompileAhead.RunAsync(
            Enumerable.Range(0, 40).ToList(),
            3,
            async (job, _) =>
            {
                await Task.Yield();
                return $"compilado-{job}";
            },
            async (job, compiled, _) =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref mostRunning, now);
                await Task.Delay(5);
                graded.Add((job, await compiled));
                Interlocked.Decrement(ref running);
            },
            CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(Enumerable.Range(0, 40), graded.Select(g => g.Job).Order());
        Assert.All(graded, g => Assert.Equal($"compilado-{g.Job}", g.Compiled));
        Assert.InRange(mostRunning, 1, 3);
    }

    [Fact]
    public async Task The_next_file_compiles_while_the_current_one_runs()
    {
        using var secondCompiled = new SemaphoreSlim(0);
        var compiledWhileFirstRan = false;
        await CompileAhead.RunAsync(
            [1, 2],
            1,
            (job, _) =>
            {
                if (job == 2)
                {
                    secondCompiled.Release();
                }

                return Task.FromResult(job);
            },
            async (job, compiled, _) =>
            {
                if (job == 1)
                {
                    // With one slot, job 2 can only have compiled by now if compiling does not wait for this run.
                    compiledWhileFirstRan = await secondCompiled.WaitAsync(TimeSpan.FromSeconds(10));
                }

                await compiled;
            },
            CancellationToken.None).WaitAsync(Patience);

        Assert.True(compiledWhileFirstRan);
    }

    [Fact]
    public async Task A_compile_that_throws_reaches_its_grading_as_that_files_failure_and_the_rest_go_on()
    {
        var outcomes = new ConcurrentDictionary<int, string>();
        await CompileAhead.RunAsync(
            Enumerable.Range(0, 6).ToList(),
            2,
            (job, _) => job == 3 ? Task.FromException<int>(new InvalidDataException("roto")) : Task.FromResult(job),
            async (job, compiled, _) =>
            {
                try
                {
                    outcomes[job] = "ok " + await compiled;
                }
                catch (InvalidDataException e)
                {
                    outcomes[job] = "fallo " + e.Message;
                }
            },
            CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(6, outcomes.Count);
        Assert.Equal("fallo roto", outcomes[3]);
        Assert.Equal("ok 5", outcomes[5]);
    }

    [Fact]
    public async Task A_grading_that_throws_stops_the_batch_with_its_own_exception_instead_of_hanging()
    {
        var started = 0;
        var failure = await Assert.ThrowsAsync<IOException>(() => CompileAhead.RunAsync(
            Enumerable.Range(0, 500).ToList(),
            2,
            (job, _) => Task.FromResult(job),
            async (job, compiled, token) =>
            {
                Interlocked.Increment(ref started);
                if (await compiled == 4)
                {
                    throw new IOException("disco lleno");
                }

                await Task.Delay(2, token);
            },
            CancellationToken.None).WaitAsync(Patience));

        Assert.Equal("disco lleno", failure.Message);
        Assert.True(started < 500, $"{started} gradings started after the failure stopped the batch");
    }

    [Fact]
    public async Task Cancelling_ends_the_batch_with_a_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        var graded = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CompileAhead.RunAsync(
            Enumerable.Range(0, 500).ToList(),
            2,
            (job, _) => Task.FromResult(job),
            async (job, compiled, token) =>
            {
                if (Interlocked.Increment(ref graded) == 10)
                {
                    await cancel.CancelAsync();
                }

                await Task.Delay(2, token);
            },
            cancel.Token).WaitAsync(Patience));

        Assert.True(graded < 500);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
