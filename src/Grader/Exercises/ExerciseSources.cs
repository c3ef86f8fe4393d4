using Grader.Compilation;

namespace Grader.Exercises;

/// <summary>
/// The files that decide an exercise's grades, read once, with the version they hash to. A batch grades every file
/// against one snapshot, so an exercise edited while a class is graded cannot grade with new checks under the old
/// version (the edit is picked up, and regraded, by the next run).
/// </summary>
internal sealed record ExerciseSources(Exercise Exercise, SourceFile Checks, SourceFile? Solution, string Version)
{
    public static ExerciseSources Read(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var metadata = File.ReadAllText(Path.Combine(exercise.Directory, Exercise.MetadataFile));
        var checks = File.ReadAllText(exercise.ChecksPath);
        var solution = File.Exists(exercise.SolutionPath) ? File.ReadAllText(exercise.SolutionPath) : null;
        return new ExerciseSources(
            exercise,
            new SourceFile(Exercise.ChecksFile, checks),
            solution is null ? null : new SourceFile(Exercise.SolutionFile, solution),
            ExerciseVersion.Of(metadata, checks, solution));
    }
}
