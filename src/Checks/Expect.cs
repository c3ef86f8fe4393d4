using System.Globalization;

namespace Grader.Checks;

/// <summary>Comparisons that turn into verdicts a student can act on: what was expected, what came.</summary>
public static class Expect
{
    /// <summary>Exact text, shown as a line diff when it differs.</summary>
    public static Verdict SameText(string expected, string? actual, string whatEs, string whatEn)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (actual is null)
        {
            return Verdict.Fail($"{whatEs}: se obtuvo null.", $"{whatEn}: got null.", expected, "");
        }

        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return Verdict.Pass();
        }

        var (es, en) = DescribeDifference(expected, actual);
        // "X: no es lo esperado" reads right whatever X is: "El saludo" as well as "Las líneas de FormatearCabeceras".
        return Verdict.Fail($"{whatEs}: no es lo esperado{es}.", $"{whatEn}: not what was expected{en}.", expected, actual);
    }

    /// <summary>Exact lines, in order, shown as a line diff when they differ.</summary>
    public static Verdict SameLines(IEnumerable<string> expected, IEnumerable<string>? actual, string whatEs, string whatEn)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (actual is null)
        {
            return Verdict.Fail($"{whatEs}: se obtuvo null.", $"{whatEn}: got null.", string.Join('\n', expected), "");
        }

        return SameText(string.Join('\n', expected), string.Join('\n', actual), whatEs, whatEn);
    }

    public static Verdict Equal<T>(T expected, T actual, string whatEs, string whatEn)
    {
        if (EqualityComparer<T>.Default.Equals(expected, actual))
        {
            return Verdict.Pass();
        }

        var e = Show(expected);
        var a = Show(actual);
        return Verdict.Fail(
            $"{whatEs}: se esperaba {e} y se obtuvo {a}.",
            $"{whatEn}: expected {e}, got {a}.");
    }

    public static Verdict True(bool condition, string failureEs, string failureEn) =>
        condition ? Verdict.Pass() : Verdict.Fail(failureEs, failureEn);

    /// <summary>The first verdict that did not pass, or a pass: for checks made of several requirements.</summary>
    public static Verdict All(params Verdict[] verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        return verdicts.FirstOrDefault(v => !v.Passed) ?? Verdict.Pass();
    }

    private static string Show<T>(T value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    /// <summary>Names the differences a line diff hides: line endings and a newline at the end.</summary>
    private static (string Es, string En) DescribeDifference(string expected, string actual)
    {
        if (actual.Contains('\r', StringComparison.Ordinal) && !expected.Contains('\r', StringComparison.Ordinal))
        {
            return (" (usa \\n, no \\r\\n)", " (use \\n, not \\r\\n)");
        }

        if (actual.TrimEnd('\n') == expected && actual.Length > expected.Length)
        {
            return (" (sobra el salto de línea del final)", " (there is an extra newline at the end)");
        }

        if (expected.TrimEnd('\n') == actual && expected.Length > actual.Length)
        {
            return (" (falta el salto de línea del final)", " (the final newline is missing)");
        }

        return ("", "");
    }
}
