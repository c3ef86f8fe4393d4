using System.Globalization;
using System.Text;

namespace Grader.Batch;

/// <summary>
/// Names that cannot be trusted as they are. One that is not UTF-8 reaches .NET with U+FFFD in place of its bytes,
/// so it names no file (opening it ended the whole class with FileNotFoundException) and two such names can come
/// out equal. One with control characters (ESC, a newline) or bidirectional overrides would rewrite the terminal or
/// disguise itself in a report: it is listed, and stored escaped (<c>\u001B</c>) so nothing downstream prints it raw.
/// </summary>
internal static class InboxNames
{
    public const string NotUtf8 = "el nombre no es UTF-8 válido / the name is not valid UTF-8";

    public const string ControlCharacters = "el nombre tiene caracteres de control, mostrados como \\uXXXX / the name has control characters, shown as \\uXXXX";

    /// <summary>Why this path cannot be placed as it is, or null when its name is fine.</summary>
    public static string? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Contains('\uFFFD', StringComparison.Ordinal) || HasLoneSurrogate(path))
        {
            return NotUtf8;
        }

        return path.Any(IsUnsafe) ? ControlCharacters : null;
    }

    /// <summary>The path with every control or bidirectional character written as <c>\uXXXX</c>.</summary>
    public static string Escape(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.Any(IsUnsafe))
        {
            return path;
        }

        var escaped = new StringBuilder(path.Length + 16);
        foreach (var c in path)
        {
            escaped.Append(IsUnsafe(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return escaped.ToString();
    }

    /// <summary>C0, DEL and C1 controls, and the marks and overrides that reorder text (Trojan Source).</summary>
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
