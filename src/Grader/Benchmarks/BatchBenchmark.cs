using System.Diagnostics;
using Grader.Batch;
using Grader.Exercises;
using Grader.Gradebook;
using Grader.Grading;

namespace Grader.Benchmarks;

/// <summary>
/// A batch as <c>grader grade</c> runs it, in this (warm) process: N files of one exercise, <c>jobs</c> at a time,
/// every result written to a gradebook. Returns the wall time and each file's own grading time.
/// </summary>
internal static class BatchBenchmark
{
    public static async Task<BatchFigures> RunAsync(Exercise exercise, Func<int, string> submission, int count, int jobs, string folder, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(submission);
        var sources = ExerciseSources.Read(exercise);
        using var gradebook = GradebookStore.Open(Path.Combine(folder, $"bench-{exercise.Id}.sqlite"));
        gradebook.RegisterExercise(exercise, sources.Version, null);
        var pending = Enumerable.Range(0, count)
            .Select(i => new BatchJob(new HandIn($"alumno-{i:000}", $"alumno-{i:000}", null, exercise.Id, exercise.Id + ".csx", $"alumno-{i:000}/{exercise.Id}.csx", submission(i)), sources))
            .ToList();
        var progress = new RecordingProgress();
        var watch = Stopwatch.StartNew();
        var summary = await new BatchGrader(GradingPipeline.CreateDefault(), gradebook, progress).GradeAsync(pending, 0, jobs, cancellation).ConfigureAwait(false);
        watch.Stop();
        return new BatchFigures(count, jobs, watch.Elapsed, [.. progress.Durations], summary.Passed);
    }

    /// <summary>Collects each file's grading time (compile + run + report), not its place in the queue.</summary>
    private sealed class RecordingProgress : IBatchProgress
    {
        private readonly List<TimeSpan> durations = [];

        public IEnumerable<TimeSpan> Durations => durations;

        public Task<T> RunAsync<T>(int total, Func<Action<BatchJob, GradeReport>, Task<T>> work) =>
            work((_, report) =>
            {
                lock (durations)
                {
                    durations.Add(report.Duration);
                }
            });
    }
}

/// <param name="Passed">How many passed: a bench whose files do not pass measured something else.</param>
internal sealed record BatchFigures(int Count, int Jobs, TimeSpan Wall, IReadOnlyList<TimeSpan> Durations, int Passed)
{
    public double WallPerFileMs => Wall.TotalMilliseconds / Count;

    public double MedianMs => Stats.Median(Durations.Select(d => d.TotalMilliseconds));
}
