using Grader.Grading;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary>The machine-readable formats of <c>check</c>: one document for all the files graded.</summary>
internal sealed class CheckDocumentWriter(string? format, Language language, StoppedWorkflowCommands stopped)
{
    public void Write(List<GradeReport> reports, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(reports);
        switch (format)
        {
            case "json" when reports.Count == 1:
                new JsonReportWriter(Console.Out, language).Write(reports[0]);
                break;
            case "json":
                new JsonReportWriter(Console.Out, language).WriteAll(reports);
                break;
            case "junit":
                new JUnitReportWriter(Console.Out, language).WriteAll(reports);
                break;
            case "gradescope":
                new GradescopeReportWriter(Console.Out, language).WriteAll(reports);
                break;
            case "classroom":
                new ClassroomReportWriter(Console.Out, language, Variable("GITHUB_OUTPUT")).WriteAll(reports);
                break;
            case "github":
                var github = new GitHubReportWriter(Console.Out, language, r => paths[reports.IndexOf(r)], Variable("GITHUB_STEP_SUMMARY"));
                github.WriteSummary(reports);
                // The annotations are the grader's own workflow commands: outside the stopped region, and the last thing printed.
                stopped.End();
                github.WriteAnnotations(reports);
                break;
        }
    }

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
