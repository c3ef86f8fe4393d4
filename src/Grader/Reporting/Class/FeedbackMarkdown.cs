using System.Globalization;
using System.Text;
using Grader.Gradebook;

namespace Grader.Reporting.Class;

/// <summary>
/// One student's feedback in Markdown: the total, a summary table, then every exercise with every check. A
/// hidden check shows only its name and result, so nothing it tests leaks through the feedback.
/// </summary>
internal static class FeedbackMarkdown
{
    public static string For(StudentResults student, ClassResults results, Language language)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(results);
        var labels = FeedbackLabels.For(language);
        var words = new StatusWords(language);
        var exercises = results.Exercises
            .Select(e => (Column: e, Result: ClassStatistics.ResultOf(student, e.Id)))
            .ToList();

        var md = new StringBuilder();
        md.Append("# ").Append(labels.Title).Append(": ").Append(MarkdownText.Escape(student.Name)).Append("\n\n");
        md.Append("**").Append(labels.Total).Append(": ").Append(Invariant(student.Total)).Append(" / ").Append(Invariant(results.MaxTotal)).Append("**\n\n");

        md.Append("| ").Append(labels.Exercise).Append(" | ").Append(labels.Status).Append(" | ").Append(labels.Score).Append(" |\n");
        md.Append("|---|---|---:|\n");
        foreach (var (column, result) in exercises)
        {
            md.Append("| ").Append(MarkdownText.Escape(Heading(column, language)))
                .Append(" | ").Append(Symbol(result?.Status ?? ExerciseResult.Missing)).Append(' ')
                .Append(MarkdownText.Escape(words.ExerciseWithReason(result?.Status ?? ExerciseResult.Missing, result?.Reason)))
                .Append(" | ").Append(Invariant(result?.Score ?? 0)).Append(" / ").Append(Invariant(column.MaxScore)).Append(" |\n");
        }

        foreach (var (column, result) in exercises)
        {
            md.Append('\n');
            AppendExercise(md, column, result, labels, words, language);
        }

        md.Append("\n---\n\n").Append(labels.Generated).Append(": ").Append(ReportFormat.Date(results.GeneratedAt)).Append('\n');
        return md.ToString();
    }

    private static void AppendExercise(StringBuilder md, ExerciseColumn column, ExerciseResult? result, FeedbackLabels labels, StatusWords words, Language language)
    {
        var status = result?.Status ?? ExerciseResult.Missing;
        md.Append("## ").Append(MarkdownText.Escape(Heading(column, language))).Append("\n\n");
        md.Append("**").Append(labels.Score).Append(":** ").Append(Invariant(result?.Score ?? 0)).Append(" / ").Append(Invariant(column.MaxScore))
            .Append(" · **").Append(labels.Status).Append(":** ").Append(MarkdownText.Escape(words.ExerciseWithReason(status, result?.Reason))).Append("\n\n");
        if (result is null || status == ExerciseResult.Missing)
        {
            md.Append(labels.NoFile).Append('\n');
            return;
        }

        if (result.FileName is { Length: > 0 } file)
        {
            md.Append("**").Append(labels.File).Append(":** ").Append(MarkdownText.Escape(file)).Append("\n\n");
        }

        if (result.Message.In(language) is { Length: > 0 } message)
        {
            md.Append(MarkdownText.Block(message)).Append('\n');
        }

        foreach (var check in result.Checks)
        {
            AppendCheck(md, check, labels, words, language);
        }
    }

    private static void AppendCheck(StringBuilder md, CheckResult check, FeedbackLabels labels, StatusWords words, Language language)
    {
        md.Append("### ").Append(Symbol(check.Status)).Append(' ').Append(MarkdownText.Escape(check.Name));
        if (check.Hidden)
        {
            md.Append(" (").Append(labels.Hidden).Append(')');
        }

        md.Append(" — ").Append(MarkdownText.Escape(words.Check(check.Status)))
            .Append(" · ").Append(Invariant(check.Score)).Append(" / ").Append(Invariant(check.MaxScore)).Append(' ').Append(labels.Points).Append("\n\n");
        if (check.Hidden)
        {
            md.Append('*').Append(labels.HiddenNote).Append("*\n\n");
            return;
        }

        if (check.Message?.In(language) is { Length: > 0 } message)
        {
            md.Append(MarkdownText.Block(message)).Append('\n');
        }

        if (check.Hint?.In(language) is { Length: > 0 } hint)
        {
            md.Append("**").Append(labels.Hint).Append(":** ").Append(MarkdownText.Escape(hint)).Append("\n\n");
        }

        if (check.Expected is { } expected)
        {
            md.Append("**").Append(labels.Expected).Append(":**\n\n").Append(MarkdownText.Fenced(expected)).Append('\n');
        }

        if (check.Actual is { } actual)
        {
            md.Append("**").Append(labels.Actual).Append(":**\n\n").Append(MarkdownText.Fenced(actual)).Append('\n');
        }
    }

    private static string Heading(ExerciseColumn column, Language language) => $"{column.Id} · {column.Title.In(language)}";

    private static string Symbol(string status) => status switch
    {
        "pass" => "✔",
        "fail" => "✘",
        "skip" => "–",
        ExerciseResult.Missing => "—",
        _ => "⚠",
    };

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
