using System.Text;

namespace Grader.Reporting.Class;

/// <summary>
/// Student text into HTML text or a quoted attribute. Only the five characters that HTML gives a meaning are
/// replaced, so accents and newlines (inside &lt;pre&gt;) reach the page as they were written.
/// </summary>
internal static class Html
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                // A NUL in a student's output is a parse error in HTML; the replacement character says "something was here".
                '\0' => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }
}
