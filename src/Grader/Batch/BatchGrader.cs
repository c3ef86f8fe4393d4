using System.Diagnostics;
using Grader.Compilation;
using Grader.Gradebook;
using Grader.Grading;

namespace Grader.Batch;

/// <summary>
/// Grades many hand-ins: first everything that does not measure time, <c>jobs</c> at a time; then the exercises whose
/// checks time things, one at a time with nothing else running, so a speedup is never measured while another
/// submission holds the other core. Each result is committed to the gradebook the moment it exists.
/// </summary>
internal sealed class BatchGrader(GradingPipeline pipeline, GradebookStore gradebook, IBatchProgress progress)
{
    public async Task<BatchSummary> GradeAsync(IReadOnlyList<BatchJob> pending, int skipped, int jobs, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var watch = Stopwatch.StartNew();
        int passed = 0, failed = 0, errors = 0, faults = 0, graded = 0;
        var cancelled = await progress.RunAsync(pending.Count, async report =>
        {
            async ValueTask GradeOne(BatchJob job, CancellationToken token)
            {
                var result = await GradeSafelyAsync(job, token).ConfigureAwait(false);
                gradebook.Record(job.HandIn, job.ExerciseVersion, result);
                Interlocked.Increment(ref graded);
                _ = result.Status switch
                {
                    GradeStatus.Pass => Interlocked.Increment(ref passed),
                    GradeStatus.Fail => Interlocked.Increment(ref failed),
                    _ => Interlocked.Increment(ref errors),
                };
                if (result.Reason == FailureReason.Internal)
                {
                    Interlocked.Increment(ref faults);
                }

                report(job, result);
            }

            try
            {
                var shared = pending.Where(j => !j.RunsAlone).ToList();
                await Parallel.ForEachAsync(shared, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellation }, GradeOne)
                    .ConfigureAwait(false);
                foreach (var job in pending.Where(j => j.RunsAlone))
                {
                    cancellation.ThrowIfCancellationRequested();
                    await GradeOne(job, cancellation).ConfigureAwait(false);
                }

                return false;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return true;
            }
        }).ConfigureAwait(false);
        return new BatchSummary(graded, skipped, passed, failed, errors, faults, cancelled, watch.Elapsed);
    }

    private async Task<GradeReport> GradeSafelyAsync(BatchJob job, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var source = new SourceFile(job.HandIn.FileName, job.HandIn.Content);
            return await pipeline.CheckAsync(job.Exercise, source, GradingOptions.Default, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One file's grading never stops the class: the failure becomes that file's grade.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return GraderFault.Report(job, e, watch.Elapsed);
        }
    }
}
