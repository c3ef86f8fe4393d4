using Grader.Exercises;

namespace Grader.Batch;

/// <summary>A hand-in to grade, with its exercise as read once for the batch (checks, solution, version).</summary>
internal sealed record BatchJob(HandIn HandIn, ExerciseSources Sources)
{
    public Exercise Exercise => Sources.Exercise;

    /// <summary>The version the grade is recorded against: the one of the checks it was graded with.</summary>
    public string ExerciseVersion => Sources.Version;

    /// <summary>Its checks time things: it must have the machine to itself.</summary>
    public bool RunsAlone => Exercise.Metadata.MeasuresTime;
}
