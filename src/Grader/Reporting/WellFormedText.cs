namespace Grader.Reporting;

/// <summary>
/// A string with every half of a surrogate pair that has no other half replaced by U+FFFD. A student's code can build
/// such a string and print it or throw it, and it survives the JSON protocol; XML refuses it, Unicode normalisation
/// throws on it and File's default UTF-8 encoder throws on it.
/// </summary>
internal static class WellFormedText
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[]? fixedChars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                fixedChars ??= text.ToCharArray();
                fixedChars[i] = '\uFFFD';
            }
        }

        return fixedChars is null ? text : new string(fixedChars);
    }
}
