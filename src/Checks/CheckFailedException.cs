namespace Grader.Checks;

/// <summary>Ends a check early with a verdict, from inside a helper that found a requirement unmet.</summary>
public sealed class CheckFailedException : Exception
{
    public CheckFailedException(Verdict verdict)
        : base(verdict?.Message?.En ?? "check failed") => Verdict = verdict!;

    public CheckFailedException()
        : this(Verdict.Fail("La comprobación falló.", "The check failed."))
    {
    }

    public CheckFailedException(string message)
        : this(Verdict.Fail(message, message))
    {
    }

    public CheckFailedException(string message, Exception innerException)
        : base(message, innerException) => Verdict = Verdict.Fail(message, message);

    public Verdict Verdict { get; }
}
