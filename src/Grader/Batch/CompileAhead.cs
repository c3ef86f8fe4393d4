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
                    // Awaited only to keep `slots` compiles at a time; its outcome, failure included, is grade's.
                    var attempt = compile(job, token);
                    await Task.WhenAny(attempt).ConfigureAwait(false);
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

        // A slot's own exception wins over the cancellations it caused: await rethrows a faulted task's first.
        await Task.WhenAll(runners.Append(compiler)).ConfigureAwait(false);
    }
}
