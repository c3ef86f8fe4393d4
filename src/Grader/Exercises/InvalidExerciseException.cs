namespace Grader.Exercises;

/// <summary>An exercise folder that cannot be used as it is; the message says what to fix, in one line.</summary>
internal sealed class InvalidExerciseException : Exception
{
    public InvalidExerciseException(string message)
        : base(message)
    {
    }

    public InvalidExerciseException()
    {
    }

    public InvalidExerciseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
