using Grader.Exercises;

namespace Grader.Batch;

/// <summary>A hand-in to grade, with its exercise and the version the grade will be recorded against.</summary>
internal sealed record BatchJob(HandIn HandIn, Exercise Exercise, string ExerciseVersion)
{
    /// <summary>Its checks time things: it must have the machine to itself.</summary>
    public bool RunsAlone => Exercise.Metadata.MeasuresTime;
}
