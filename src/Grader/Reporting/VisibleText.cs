using System.Globalization;
using System.Text;

namespace Grader.Reporting;

/// <summary>
/// A student's text with its control characters drawn instead of obeyed. A terminal acts on them: ESC starts
/// sequences that colour a fake "✔ pasa", write the clipboard (OSC 52) or clear the screen, a carriage return
/// overwrites the line, and XML 1.0 cannot hold them at all. Each C0 character and DEL becomes its Unicode control
/// picture (ESC is ␛, NUL ␀, CR ␍), each C1 character its code (\u009B), so the student still sees what they wrote.
/// Newline and tab are kept: they only lay the text out.
/// </summary>
internal static class VisibleText
{
    public static string Of(string? text) => Draw(text, keepLayout: true);

    /// <summary>
    /// For text that must stay on its line, such as a file name inside a message: newline and tab are drawn too (␊, ␉),
    /// so a name cannot start a line of its own.
    /// </summary>
    public static string Line(string? text) => Draw(text, keepLayout: false);

    private static string Draw(string? text, bool keepLayout)
    {
        bool IsDrawn(char c) => char.IsControl(c) && !(keepLayout && c is '\n' or '\t');
        if (string.IsNullOrEmpty(text) || !text.Any(IsDrawn))
        {
            return text ?? "";
        }

        var visible = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!IsDrawn(c))
            {
                visible.Append(c);
            }
            else if (c < ' ')
            {
                visible.Append((char)(ControlPictures + c));
            }
            else if (c == Delete)
            {
                visible.Append('␡');
            }
            else
            {
                visible.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return visible.ToString();
    }

    private const int ControlPictures = 0x2400;

    private const char Delete = '\u007f';
}
