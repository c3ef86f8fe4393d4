using Grader.Compilation;

namespace Grader.Exercises;

/// <summary>
/// The files that decide an exercise's grades, read once, with the version they hash to. A batch grades every file
/// against one snapshot, so an exercise edited while a class is graded cannot grade with new checks under the old
/// version (the edit is picked up, and regraded, by the next run).
/// </summary>
/// <param name="Checks">The checks as compiled: the visible ones, followed by the hidden ones when the folder has them.</param>
internal sealed record ExerciseSources(Exercise Exercise, SourceFile Checks, SourceFile? Solution, string Version)
{
    public static ExerciseSources Read(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var metadata = File.ReadAllText(Path.Combine(exercise.Directory, Exercise.MetadataFile));
        var checks = File.ReadAllText(exercise.ChecksPath);
        var hidden = exercise.HasHiddenChecksFile ? File.ReadAllText(exercise.HiddenChecksPath) : null;
        var solution = File.Exists(exercise.SolutionPath) ? File.ReadAllText(exercise.SolutionPath) : null;
        var visible = new SourceFile(Exercise.ChecksFile, checks);
        return new ExerciseSources(
            exercise,
            hidden is null ? visible : CombinedChecks.Join(visible, new SourceFile(Exercise.HiddenChecksFile, hidden)),
            solution is null ? null : new SourceFile(Exercise.SolutionFile, solution),
            ExerciseVersion.Of(metadata, checks, hidden, solution));
    }
}
