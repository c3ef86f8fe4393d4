namespace Grader.Grading;

/// <summary>Input the grader cannot work with (exit code 2): the message is the one line the user sees.</summary>
internal sealed class BadInputException : Exception
{
    public BadInputException(string message)
        : base(message)
    {
    }

    public BadInputException()
    {
    }

    public BadInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
