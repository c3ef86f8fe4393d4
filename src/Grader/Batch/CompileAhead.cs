using System.Threading.Channels;
namespace Grader.Batch;

/// <summary>
/// Runs hand-ins <c>slots</c> at a time while the next ones compile: a file's compile (in this process) overlaps the
/// runs of the ones before it (in their sandboxes, often waiting on a server or a sleep). At most <c>slots</c>
/// compiled files wait for a free slot, so compiling never runs far ahead of grading.
/// </summary>
internal static class CompileAhead
{
    /// <param name="compile">The first half of a grading; an exception is that file's, handed to <paramref name="grade"/>.</param>
    /// <param name="grade">Runs a compiled file (or records why it could not be compiled).</param>
    public static async Task RunAsync<TJob, TCompiled>(
        IReadOnlyList<TJob> jobs,
        int slots,
        Func<TJob, CancellationToken, Task<TCompiled>> compile,
        Func<TJob, Task<TCompiled>, CancellationToken, Task> grade,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(compile);
        ArgumentNullException.ThrowIfNull(grade);
        slots = Math.Max(1, slots);
        // One failing slot (the gradebook's disk is full) stops the others and the compiler instead of leaving the
        // compiler blocked on a queue nobody reads.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var compiled = Channel.CreateBounded<(TJob Job, Task<TCompiled> Compiled)>(slots);

        var compiler = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = slots, CancellationToken = stop.Token }, async (job, token) =>
                {
                    var attempt = compile(job, token);
                    try
                    {
                        await attempt.ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (token.IsCancellationRequested)
                    {
                        throw;
                    }
#pragma warning disable CA1031 // The compile's failure is the file's, reported by grade through the faulted task.
                    catch (Exception)
#pragma warning restore CA1031
                    {
                    }

                    await compiled.Writer.WriteAsync((job, attempt), token).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            finally
            {
                compiled.Writer.Complete();
            }
        }, CancellationToken.None);

        var runners = Enumerable.Range(0, slots).Select(_ => Task.Run(async () =>
        {
            try
            {
                await foreach (var (job, attempt) in compiled.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                {
                    await grade(job, attempt, stop.Token).ConfigureAwait(false);
                }
            }
            catch
            {
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }, CancellationToken.None)).ToList();

        try
        {
            await Task.WhenAll(runners.Append(compiler)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            // A slot failed and cancelled the rest: its own exception is the one to report.
            var failure = runners.Where(r => r.IsFaulted).Select(r => r.Exception!.InnerException!).FirstOrDefault();
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }

            throw;
        }
    }
}
