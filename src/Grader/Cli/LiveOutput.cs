using Grader.Reporting;

namespace Grader.Cli;

/// <summary>
/// Where <c>grader run</c> shows the program's output as it comes. A terminal gets it with the control characters
/// drawn (<see cref="VisibleText"/>), as every report does: a script must not clear the screen, write the clipboard
/// or colour a fake result. A file or a pipe gets it exactly as the program wrote it, because whoever redirects
/// wants the output itself, to compare it or to read it with a tool of their choosing.
/// </summary>
internal static class LiveOutput
{
    public static Action<string> To(TextWriter writer, bool redirected)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return redirected ? writer.Write : text => writer.Write(VisibleText.Of(text));
    }
}
