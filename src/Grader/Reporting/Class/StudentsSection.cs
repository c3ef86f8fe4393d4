using System.Globalization;
using Grader.Gradebook;

namespace Grader.Reporting.Class;

/// <summary>The table of students: one row each, one coloured cell per exercise, the total last.</summary>
internal static class StudentsSection
{
    public const string TableId = "tabla-alumnos";

    public static void Write(ReportContext context)
    {
        var labels = context.Labels;
        context.SectionStart("alumnos", labels.Students);
        context.Line($"<p class=\"hint\">{Html.Encode(labels.SortHint)}</p>");
        var columns = new List<Column> { new(labels.Name, SortedAscending: true), new(labels.Key) };
        columns.AddRange(context.Results.Exercises.Select(e => new Column(e.Id, Numeric: true, Title: e.Title.In(context.Language), Suffix: $"/{e.MaxScore}")));
        columns.Add(new Column(labels.Total, Numeric: true, Suffix: $"/{context.Results.MaxTotal}"));
        context.TableStart(TableId, columns);

        // The first view is alphabetical as the reader's language sorts names (Á with A), as the header says.
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(context.Language == Language.En ? "en-GB" : "es-ES"), CompareOptions.IgnoreCase);
        foreach (var student in context.Results.Students.OrderBy(s => s.Name, comparer).ThenBy(s => s.Key, StringComparer.Ordinal))
        {
            context.Output.Write("<tr>");
            context.Output.Write(ReportContext.Cell(student.Name));
            context.Output.Write(ReportContext.Cell(student.Key, "key"));
            foreach (var exercise in context.Results.Exercises)
            {
                context.Output.Write(ScoreCell(context, ClassStatistics.ResultOf(student, exercise.Id)));
            }

            context.Output.Write(ReportContext.NumberCell(student.Total, student.Total.ToString(CultureInfo.InvariantCulture), "total"));
            context.Line("</tr>");
        }

        context.TableEnd();
        if (context.Results.Students.Count == 0)
        {
            context.Nothing(labels.NoStudents);
        }

        WriteLegend(context);
        context.SectionEnd();
    }

    /// <summary>
    /// The score coloured by status, with a symbol for readers who cannot tell the colours apart and the status in
    /// words on hover; a missing exercise sorts below a zero, which was at least handed in.
    /// </summary>
    private static string ScoreCell(ReportContext context, ExerciseResult? result)
    {
        var status = result?.Status ?? ExerciseResult.Missing;
        var title = Html.Encode(context.Words.ExerciseWithReason(status, result?.Reason));
        if (status == ExerciseResult.Missing)
        {
            return $"<td class=\"num st-missing\" data-sort=\"-1\" title=\"{title}\">—</td>";
        }

        var score = result!.Score.ToString(CultureInfo.InvariantCulture);
        return $"<td class=\"num {StatusClass(status)}\" data-sort=\"{score}\" title=\"{title}\">{score} <span class=\"sym\" aria-hidden=\"true\">{Symbol(status)}</span></td>";
    }

    public static string StatusClass(string status) => status switch
    {
        "pass" => "st-pass",
        "fail" => "st-fail",
        ExerciseResult.Missing => "st-missing",
        _ => "st-error",
    };

    private static string Symbol(string status) => status switch
    {
        "pass" => "✔",
        "fail" => "✘",
        _ => "!",
    };

    private static void WriteLegend(ReportContext context)
    {
        context.Output.Write($"<p class=\"legend\">{Html.Encode(context.Labels.Legend)}:");
        foreach (var status in new[] { "pass", "fail", "error", ExerciseResult.Missing })
        {
            context.Output.Write($" <span class=\"swatch {StatusClass(status)}\">{Html.Encode(context.Words.Exercise(status))}</span>");
        }

        context.Line("</p>");
    }
}
