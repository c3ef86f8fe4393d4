using System.Globalization;

namespace Grader.Checks;

/// <summary>
/// A decimal as Spanish writes it, with a comma: the checks run under the invariant culture, which wrote "1.20 veces;
/// hace falta al menos 1,3" in one sentence. Not the es-ES culture: runs may have invariant globalization only.
/// </summary>
public static class SpanishNumber
{
    public static string Format(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Replace('.', ',');
}
