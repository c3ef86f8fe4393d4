using System.Globalization;

namespace Grader.Compilation;

/// <summary>What a student is told when the compiler itself could not finish with their file.</summary>
internal static class CompilerGaveUp
{
    public static RejectedSubmission TooSlow(SourceFile student, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(student);
        var seconds = limit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        return One(student, "GR0011",
            $"El compilador no terminó en {seconds} s con este código: simplifícalo (menos sobrecargas o lambdas anidadas, expresiones más cortas).",
            $"The compiler did not finish within {seconds} s on this code: simplify it (fewer nested overloads or lambdas, shorter expressions).");
    }

    /// <summary>The compile's process ended under this file: out of memory or of stack, which a file can be built to cause.</summary>
    public static RejectedSubmission Crashed(SourceFile student)
    {
        ArgumentNullException.ThrowIfNull(student);
        return One(student, "GR0012",
            "El compilador se quedó sin memoria o sin pila con este código y se detuvo: simplifícalo (menos anidamiento, expresiones y archivos más cortos).",
            "The compiler ran out of memory or stack on this code and stopped: simplify it (less nesting, shorter expressions and files).");
    }

    private static RejectedSubmission One(SourceFile student, string id, string es, string en) =>
        new(RejectionKind.CompileError, [new CompilerMessage(student.DisplayName, 1, 1, id, es, en, "")]);
}
