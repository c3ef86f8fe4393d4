using System.Text;
using Grader.Grading;
using Grader.Reporting.Class;

namespace Grader.Reporting;

/// <summary>
/// GitHub Actions: one <c>::error</c> annotation per failed check, on the student's line where there is one, and a
/// Markdown summary appended to the file named by GITHUB_STEP_SUMMARY.
/// </summary>
internal sealed class GitHubReportWriter(TextWriter output, Language language, Func<GradeReport, string> pathOf, string? summaryPath)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void WriteAll(IReadOnlyList<GradeReport> reports)
    {
        WriteSummary(reports);
        WriteAnnotations(reports);
    }

    /// <summary>
    /// Workflow commands the runner obeys: in GitHub Actions they are printed after the region where the grader stops
    /// the student's (Cli/StoppedWorkflowCommands). Each is one line whose properties and message are escaped, so
    /// the runner reads "::error" and the grader's properties whatever the text holds ("::", "##[", newlines).
    /// </summary>
    public void WriteAnnotations(IReadOnlyList<GradeReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var report in reports)
        {
            var file = Property(pathOf(report));
            foreach (var message in report.CompilerMessages)
            {
                output.WriteLine($"::error file={file},line={message.Line},col={message.Column},title={Property($"{report.ExerciseId} {message.Id}")}::{Escape(language == Language.En ? message.MessageEn : message.MessageEs)}");
            }

            foreach (var test in report.Tests.Where(t => t.Status is TestStatus.Fail or TestStatus.Error))
            {
                var line = test.Line is { } l ? $",line={l}" : "";
                output.WriteLine($"::error file={file}{line},title={Property($"{report.ExerciseId} {test.Name}")}::{Escape(test.Message?.In(language) ?? test.Description.In(language))}");
            }

            if (report.PendingNote is { } note)
            {
                output.WriteLine($"::notice file={file},title={Property($"{report.ExerciseId}")}::{Escape(note.In(language))}");
            }

            if (report.Status == GradeStatus.Error && report.Tests.Count > 0)
            {
                output.WriteLine($"::error file={file},title={Property(report.ExerciseId)}::{Escape(report.Message.In(language))}");
            }
        }
    }

    /// <summary>The Markdown table appended to GITHUB_STEP_SUMMARY, when there is one (a file: no workflow commands are read from it).</summary>
    public void WriteSummary(IReadOnlyList<GradeReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (summaryPath is not null)
        {
            // Half a surrogate pair becomes U+FFFD: File's own UTF-8 would throw and lose the summary.
            File.AppendAllText(summaryPath, Summary(reports), Utf8);
        }
    }

    private string Summary(IReadOnlyList<GradeReport> reports)
    {
        var labels = Labels.For(language);
        var markdown = new StringBuilder();
        foreach (var report in reports)
        {
            // A student's text is escaped on one line: a file name or message could otherwise make a link, an image,
            // raw HTML or a line of its own in the summary.
            markdown.Append("### ").Append(report.ExerciseId).Append(" · ").Append(MarkdownText.Escape(report.Submission)).Append(": ")
                .Append(report.Score).Append('/').Append(report.MaxScore).Append("\n\n")
                .Append(MarkdownText.Escape(report.Message.In(language))).Append("\n\n")
                .Append(report.PendingNote is { } note ? "**" + MarkdownText.Escape(note.In(language)) + "**\n\n" : "")
                .Append("| ").Append(labels.Check).Append(" | ").Append(labels.Result).Append(" | ").Append(labels.Points).Append(" |\n|---|---|---|\n");
            foreach (var test in report.Tests)
            {
                markdown.Append("| ").Append(MarkdownText.Escape(test.Name)).Append(" | ").Append(test.Status.ToString().ToLowerInvariant()).Append(" | ")
                    .Append(test.Score).Append('/').Append(test.MaxScore).Append(" |\n");
            }

            markdown.Append('\n');
        }

        return markdown.ToString();
    }

    /// <summary>A workflow command's message ends at a newline: escaped as GitHub's toolkit does.</summary>
    private static string Escape(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property (file, title) also ends at ':' or ','.</summary>
    private static string Property(string text) =>
        Escape(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
