namespace Grader.Checks.Code;

/// <summary>Reusable checks on the shape of the student's code.</summary>
public static class CodeRules
{
    public static Verdict CallsItself(CodeFacts code, string function)
    {
        ArgumentNullException.ThrowIfNull(code);
        var facts = code.Function(function);
        if (facts is null)
        {
            return Verdict.Fail($"No encuentro la función {function}.", $"Cannot find the function {function}.");
        }

        if (facts.IsUnfinished)
        {
            return Verdict.Fail(
                $"La función {function} está sin completar (aún tiene «// completa»).",
                $"The function {function} is unfinished (it still has '// completa').");
        }

        return facts.CallsOwn(function)
            ? Verdict.Pass()
            : Verdict.Fail(
                $"{function} (línea {facts.Line}) no se llama a sí misma: el enunciado pide la versión recursiva.",
                $"{function} (line {facts.Line}) does not call itself: the statement asks for the recursive version.");
    }
}
