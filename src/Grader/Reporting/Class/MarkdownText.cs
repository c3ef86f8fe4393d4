using System.Text;

namespace Grader.Reporting.Class;

/// <summary>
/// Text that a check or a student wrote, made inert in Markdown: it reads as written instead of turning into
/// emphasis, links, headings or tables. Multi-line text goes into a fenced block, where spacing is kept exactly.
/// </summary>
internal static class MarkdownText
{
    // Characters that mean something anywhere in a line; CommonMark lets any ASCII punctuation be backslash-escaped.
    private const string Special = "\\`*_{}[]<>|~#&!";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var line = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
        var escaped = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return EscapeLineStart(escaped.ToString());
    }

    /// <summary>
    /// A leading "- ", "+ " or "1. " would start a list, and leading spaces a code block: the spaces go, the marker
    /// is escaped, the rest stays readable.
    /// </summary>
    private static string EscapeLineStart(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.Length > 0 && trimmed[0] is '-' or '+' or '=')
        {
            return "\\" + trimmed;
        }

        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        // "1. " starts a list, "3.5 s" does not.
        var marker = digits > 0 && digits < trimmed.Length && trimmed[digits] is '.' or ')'
            && (digits + 1 == trimmed.Length || char.IsWhiteSpace(trimmed[digits + 1]));
        return marker ? trimmed[..digits] + "\\" + trimmed[digits..] : trimmed;
    }

    /// <summary>
    /// A fenced code block that no backtick run inside the text can close: the fence is one backtick longer than
    /// the longest run. The text is kept exactly, trailing newlines included.
    /// </summary>
    public static string Fenced(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var longest = 0;
        var run = 0;
        foreach (var c in normalized)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        // Always one more newline than the text has: a final newline then shows as an empty last line, and
        // "a\nb" against "a\nb\n" is exactly the difference a student must be able to see.
        return $"{fence}text\n{normalized}\n{fence}\n";
    }

    /// <summary>Prose on one line stays a paragraph; anything longer keeps its lines and spacing in a block.</summary>
    public static string Block(string text) =>
        text.Contains('\n', StringComparison.Ordinal) ? Fenced(text.TrimEnd('\n', '\r')) : Escape(text) + "\n";
}
