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
            void Record(BatchJob job, GradeReport result)
            {
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
                await CompileAhead.RunAsync(
                    [.. pending.Where(j => !j.RunsAlone)],
                    jobs,
                    (job, token) => pipeline.CompileAsync(job.Sources, Source(job), token),
                    async (job, compiled, token) => Record(job, await RunSafelyAsync(job, compiled, token).ConfigureAwait(false)),
                    cancellation).ConfigureAwait(false);

                // Nothing compiles ahead of these: their checks time the student's code and need both cores.
                foreach (var job in pending.Where(j => j.RunsAlone))
                {
                    cancellation.ThrowIfCancellationRequested();
                    var compiled = pipeline.CompileAsync(job.Sources, Source(job), cancellation);
                    Record(job, await RunSafelyAsync(job, compiled, cancellation).ConfigureAwait(false));
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

    private static SourceFile Source(BatchJob job) => new(job.HandIn.FileName, job.HandIn.Content);

    /// <summary>Grades a compiled file; any exception of ours, compiling or running, becomes that file's grade.</summary>
    private async Task<GradeReport> RunSafelyAsync(BatchJob job, Task<CompiledGrading> compiling, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var compiled = await compiling.ConfigureAwait(false);
            return await pipeline.GradeCompiledAsync(compiled, GradingOptions.Default, cancellation).ConfigureAwait(false);
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
