using Grader.Exercises;

namespace Grader.Practice;

/// <summary>Where a student is with one exercise, from the file in their folder.</summary>
internal enum ExerciseState
{
    /// <summary>No file for it.</summary>
    NotStarted,

    /// <summary>The stub as handed out, or functions still throwing the stub's NotImplementedException.</summary>
    Unfinished,

    /// <summary>Graded, and not every check passes (or it does not compile, or does not run).</summary>
    Failing,

    Passing,
}

/// <param name="File">The student's file, when there is one.</param>
internal sealed record ExerciseProgress(Exercise Exercise, ExerciseState State, int Score, string? File)
{
    /// <summary>Out of the checks this course folder can grade: hidden ones without their code are graded on submission.</summary>
    public int MaxScore => Exercise.GradedMaxScore;
}
