namespace Grader.Checks;

/// <summary>
/// Thrown in place of a check whose code did not compile against the student's script: the student's
/// functions are missing or have another signature than the statement asks for. The host writes the
/// compiler's words into it, in both languages.
/// </summary>
public sealed class ContractMismatchException : Exception
{
    public ContractMismatchException(string es, string en)
        : base(en) => Spanish = es;

    public ContractMismatchException()
        : this("No coincide con el enunciado.", "Does not match the statement.")
    {
    }

    public ContractMismatchException(string message)
        : this(message, message)
    {
    }

    public ContractMismatchException(string message, Exception innerException)
        : base(message, innerException) => Spanish = message;

    public string Spanish { get; }
}
