using System.Globalization;
using Grader.Gradebook;

namespace Grader.Reporting.Class;

/// <summary>Submissions to look at by hand: pairs that share too much code, and files that belong to no one.</summary>
internal static class SimilaritySections
{
    public static void WritePairs(ReportContext context)
    {
        var labels = context.Labels;
        context.SectionStart("parecidas", labels.SimilarHeading);
        if (context.Results.SimilarPairs.Count == 0)
        {
            context.Nothing();
            context.SectionEnd();
            return;
        }

        var pairs = context.Results.SimilarPairs.OrderByDescending(p => p.Similarity).ToList();
        if (context.Results.SimilarPairsFound > pairs.Count)
        {
            context.Line($"<p>{Html.Encode(string.Format(CultureInfo.InvariantCulture, labels.SimilarShown, pairs.Count, context.Results.SimilarPairsFound))}</p>");
        }

        context.TableStart("tabla-parecidas", [
            new(labels.Exercise), new($"{labels.Student} A"), new($"{labels.Student} B"), new(labels.Similarity, Numeric: true),
        ]);
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            context.Line("<tr>"
                + ReportContext.Cell(pair.ExerciseId)
                + Student(context, pair.StudentA)
                + Student(context, pair.StudentB)
                + $"<td class=\"num\" data-sort=\"{ReportFormat.SortKey(pair.Similarity)}\"><a href=\"#pareja-{i + 1}\">{Html.Encode(context.Format.Percent(pair.Similarity))}</a></td>"
                + "</tr>");
        }

        context.TableEnd();
        for (var i = 0; i < pairs.Count; i++)
        {
            WritePair(context, pairs[i], i + 1);
        }

        context.SectionEnd();
    }

    public static void WriteUnplaced(ReportContext context)
    {
        var labels = context.Labels;
        context.SectionStart("sin-asignar", labels.UnplacedHeading);
        if (context.Results.Unplaced.Count == 0)
        {
            context.Nothing();
            context.SectionEnd();
            return;
        }

        context.TableStart("tabla-sin-asignar", [new(labels.Path), new(labels.Reason)]);
        foreach (var file in context.Results.Unplaced)
        {
            context.Line("<tr>" + ReportContext.Cell(file.Path, "key") + ReportContext.Cell(file.Reason) + "</tr>");
        }

        context.TableEnd();
        context.SectionEnd();
    }

    /// <summary>Each shared fragment with A's lines beside B's, so the reader compares them without scrolling back and forth.</summary>
    private static void WritePair(ReportContext context, SimilarPair pair, int number)
    {
        var nameA = context.NameOf(pair.StudentA);
        var nameB = context.NameOf(pair.StudentB);
        context.Line($"<article class=\"pair\" id=\"pareja-{number}\">");
        context.Line($"<h3>{Html.Encode(pair.ExerciseId)}: {Html.Encode(nameA)} ↔ {Html.Encode(nameB)} · {Html.Encode(context.Format.Percent(pair.Similarity))}</h3>");
        context.Line($"<p>{Html.Encode(context.Labels.SharedFragments)}: {pair.Fragments.Count.ToString(CultureInfo.InvariantCulture)}</p>");
        foreach (var fragment in pair.Fragments)
        {
            context.Line("<div class=\"fragment\">");
            Side(context, nameA, fragment.StartLineA, fragment.EndLineA, fragment.TextA);
            Side(context, nameB, fragment.StartLineB, fragment.EndLineB, fragment.TextB);
            context.Line("</div>");
        }

        context.Line("</article>");
    }

    private static void Side(ReportContext context, string name, int start, int end, string text) =>
        context.Line($"<div class=\"side\"><p class=\"where\">{Html.Encode(name)}, {Html.Encode(context.Labels.Lines)} {start.ToString(CultureInfo.InvariantCulture)}–{end.ToString(CultureInfo.InvariantCulture)}</p><pre>{Html.Encode(text)}</pre></div>");

    private static string Student(ReportContext context, string key)
    {
        var name = context.NameOf(key);
        return name == key ? ReportContext.Cell(key) : $"<td title=\"{Html.Encode(key)}\">{Html.Encode(name)}</td>";
    }
}
