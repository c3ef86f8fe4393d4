using Grader.Reporting;

namespace Grader.Cli;

internal static class ReportWriters
{
    public static IReportWriter For(bool json, Language language) =>
        json ? new JsonReportWriter(Console.Out, language) : new TextReportWriter(Terminal.Stdout(), language);
}
