using System.Globalization;

namespace Grader.Reporting.Class;

/// <summary>What went wrong across the class: the failure messages many students got, and the errors by reason.</summary>
internal static class FeedbackSections
{
    public static void WriteMessages(ReportContext context)
    {
        var labels = context.Labels;
        context.SectionStart("mensajes", labels.MessagesHeading);
        if (context.Statistics.FrequentMessages.Count == 0)
        {
            context.Nothing();
            context.SectionEnd();
            return;
        }

        context.TableStart("tabla-mensajes", [
            new(labels.Times, Numeric: true), new(labels.Exercise), new(labels.Check), new(labels.Message), new(labels.Example),
        ]);
        foreach (var group in context.Statistics.FrequentMessages)
        {
            context.Line("<tr>"
                + ReportContext.NumberCell(group.Count, group.Count.ToString(CultureInfo.InvariantCulture))
                + ReportContext.Cell(group.ExerciseId)
                + ReportContext.Cell(group.Check)
                + ReportContext.Cell(group.Message, "message")
                + ReportContext.Cell(group.ExampleStudent)
                + "</tr>");
        }

        context.TableEnd();
        context.SectionEnd();
    }

    public static void WriteErrors(ReportContext context)
    {
        var labels = context.Labels;
        context.SectionStart("errores", labels.ErrorsHeading);
        if (context.Statistics.ErrorsByReason.Count == 0)
        {
            context.Nothing();
            context.SectionEnd();
            return;
        }

        context.Chart(ChartSpec.ErrorsId);
        context.TableStart("tabla-errores", [new(labels.Reason), new(labels.Count, Numeric: true), new(labels.Examples)]);
        foreach (var group in context.Statistics.ErrorsByReason)
        {
            var examples = string.Join("", group.Examples.Select(e => $"<li>{Html.Encode(e)}</li>"));
            context.Line("<tr>"
                + $"<td data-sort=\"{Html.Encode(group.Reason ?? "")}\">{Html.Encode(context.Words.Reason(group.Reason))} <code>{Html.Encode(group.Reason ?? "")}</code></td>"
                + ReportContext.NumberCell(group.Count, group.Count.ToString(CultureInfo.InvariantCulture))
                + $"<td><ul class=\"examples\">{examples}</ul></td>"
                + "</tr>");
        }

        context.TableEnd();
        context.SectionEnd();
    }
}
