using Grader.Exercises;
using Grader.Grading;
using Grader.Reporting;

namespace Grader.Practice;

/// <summary>
/// Where a student stands in the course, from the files in their folder: each file graded by the same pipeline as
/// <c>grader check</c>, or its result taken from the <see cref="ProgressCache"/> when neither the file nor the
/// exercise changed since.
/// </summary>
internal sealed class CourseProgress(IReadOnlyList<Exercise> exercises, string folder, GradingPipeline pipeline, ProgressCache cache)
{
    private int graded;
    private int cached;

    public IReadOnlyList<Exercise> Exercises { get; } = exercises;

    public string Folder { get; } = folder;

    /// <summary>Files graded by this process; with <see cref="FromCache"/>, what the student (and a test) sees of the cache.</summary>
    public int Graded => graded;

    public int FromCache => cached;

    /// <summary>Called with the file's name before each grading that is not cached: a grading takes seconds.</summary>
    public Action<string>? Grading { get; init; }

    /// <summary>Called with a one-line message (already drawn safe) when a file cannot be read.</summary>
    public Action<string>? Warning { get; init; }

    /// <summary>
    /// Every exercise's state, in the course's order. Files of exercises that do not time anything are graded side by
    /// side, one per core; then those with <c>mide_tiempo</c>, one at a time with nothing else running, as a batch does.
    /// </summary>
    public async Task<IReadOnlyList<ExerciseProgress>> AllAsync(CancellationToken cancellation)
    {
        var results = new ExerciseProgress[Exercises.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, Exercises.Count).Where(i => !Exercises[i].Metadata.MeasuresTime),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation },
            async (i, token) => results[i] = await StateAsync(Exercises[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        foreach (var i in Enumerable.Range(0, Exercises.Count).Where(i => Exercises[i].Metadata.MeasuresTime))
        {
            results[i] = await StateAsync(Exercises[i], cancellation).ConfigureAwait(false);
        }

        return results;
    }

    /// <summary>One exercise's state: from the cache when it can be, else graded (and cached).</summary>
    public async Task<ExerciseProgress> StateAsync(Exercise exercise, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var path = StudentFiles.Find(Folder, exercise);
        if (path is null)
        {
            return new ExerciseProgress(exercise, ExerciseState.NotStarted, 0, null);
        }

        SourceFileAndHash read;
        try
        {
            read = StudentFiles.Read(path);
        }
        catch (BadInputException e)
        {
            // One file that cannot be read (too big, no permission) is that exercise's problem, not the table's.
            Warning?.Invoke(VisibleText.Line(e.Message));
            return new ExerciseProgress(exercise, ExerciseState.Failing, 0, path);
        }

        var (source, sha) = read;
        // Read once: the version looked up in the cache is the version graded and stored.
        var sources = ExerciseSources.Read(exercise);
        if (cache.Find(exercise.Id, sha, sources.Version, exercise.GradedMaxScore) is { } hit)
        {
            Interlocked.Increment(ref cached);
            return new ExerciseProgress(exercise, hit.State, hit.Score, path);
        }

        if (StudentFiles.IsStub(exercise, source.Text))
        {
            // The stub as handed out fails every check by construction: grading it would only take the time.
            return new ExerciseProgress(exercise, ExerciseState.Unfinished, 0, path);
        }

        return (await GradeAsync(sources, path, read, cancellation).ConfigureAwait(false)).Progress;
    }

    /// <summary>Grades the exercise's file whatever the cache holds (its feedback is wanted), and caches the result.</summary>
    /// <param name="read">The file as read once: the hash cached is the hash of the text graded.</param>
    /// <param name="sources">The exercise as read for this grading: an exercise edited meanwhile is graded and cached anew next time.</param>
    public async Task<(ExerciseProgress Progress, GradeReport Report)> GradeAsync(ExerciseSources sources, string path, SourceFileAndHash read, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(read);
        var exercise = sources.Exercise;
        var (source, sha) = read;
        Grading?.Invoke(VisibleText.Line(source.DisplayName));
        var compiled = await pipeline.CompileAsync(sources, source, cancellation).ConfigureAwait(false);
        var report = await pipeline.GradeCompiledAsync(compiled, GradingOptions.Default, cancellation).ConfigureAwait(false);
        Interlocked.Increment(ref graded);
        var state = StateOf(report);
        if (report.Reason != FailureReason.Internal)
        {
            // The grader's own failure (or the machine's) is not the file's result: the next look grades it again.
            cache.Store(exercise.Id, sha, sources.Version, state, report.Score, exercise.GradedMaxScore);
        }

        return (new ExerciseProgress(exercise, state, report.Score, path), report);
    }

    public static ExerciseState StateOf(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Status == GradeStatus.Pass ? ExerciseState.Passing
            : report.Unfinished.Count > 0 ? ExerciseState.Unfinished
            : ExerciseState.Failing;
    }
}
