using Grader.Checks;
using Grader.Protocol;

namespace Grader.Runner;

/// <summary>Turns how a check ended (a verdict, or an exception from the student's code or the check) into its wire form.</summary>
internal sealed class VerdictMapper(StudentErrorDescriber describer)
{
    /// <summary>Expected and actual texts are cut here: a record must stay small enough for the channel.</summary>
    public const int MaxTextChars = 64 * 1024;

    public static string? Cap(string? text) => text is null || text.Length <= MaxTextChars ? text : text[..MaxTextChars] + "…";

    public static WireVerdict FromVerdict(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return new WireVerdict
        {
            Status = verdict.Status switch
            {
                VerdictStatus.Pass => WireStatus.Pass,
                VerdictStatus.Skip => WireStatus.Skip,
                _ => WireStatus.Fail,
            },
            Message = verdict.Message is { } m ? new WireText(m.Es, m.En) : null,
            Expected = Cap(verdict.Expected),
            Actual = Cap(verdict.Actual),
            Unjudged = verdict.Unjudged,
        };
    }

    public WireVerdict FromException(Exception thrown)
    {
        var exception = StudentErrorDescriber.Unwrap(thrown);
        switch (exception)
        {
            case CheckFailedException failed:
                return FromVerdict(failed.Verdict);
            case ContractMismatchException mismatch:
                return new WireVerdict
                {
                    Status = WireStatus.Fail,
                    Message = new WireText(
                        "Tu código no encaja con lo que pide el enunciado: " + mismatch.Spanish,
                        "Your code does not match what the statement asks for: " + mismatch.Message),
                };
        }

        if (describer.Describe(exception) is { } error)
        {
            return new WireVerdict { Status = WireStatus.Fail, Message = Describe(error), Exception = error };
        }

        // No frame of the student's code: often what the code did not do (a file it never wrote), sometimes the
        // check's own fault. It fails, in words that blame neither; `grader validar` catches the check's faults.
        return new WireVerdict
        {
            Status = WireStatus.Fail,
            Message = new WireText(
                $"La comprobación no pudo terminar: {exception.GetType().Name}: {exception.Message}. Si tu código hace lo que pide el enunciado, avisa al profesorado.",
                $"The check could not finish: {exception.GetType().Name}: {exception.Message}. If your code does what the statement asks, tell your instructor."),
        };
    }

    public static WireText Describe(StudentError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Unfinished)
        {
            return new WireText(
                $"La función {error.Function} está sin completar (aún tiene «// completa» y lanza NotImplementedException).",
                $"The function {error.Function} is unfinished (it still has '// completa' and throws NotImplementedException).");
        }

        var whereEs = (error.Function is null ? "el código de nivel superior" : $"la función {error.Function}") + (error.Line is { } l ? $" (línea {l})" : "");
        var whereEn = (error.Function is null ? "the top-level code" : $"the function {error.Function}") + (error.Line is { } n ? $" (line {n})" : "");
        var explained = StudentErrorExplanation.For(error) is { } e ? (" " + e.Es, " " + e.En) : ("", "");
        return new WireText(
            $"{Capitalize(whereEs)} lanzó {error.Type}: {error.Message}{explained.Item1}",
            $"{Capitalize(whereEn)} threw {error.Type}: {error.Message}{explained.Item2}");
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
