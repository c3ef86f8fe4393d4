using Grader.Gradebook;

namespace Grader.Reporting.Class;

/// <summary>Everything a section of informe.html is written from, and the few pieces of markup they all share.</summary>
internal sealed class ReportContext(ClassResults results, Language language, TextWriter output)
{
    public ClassResults Results { get; } = results;

    public Language Language { get; } = language;

    public TextWriter Output { get; } = output;

    public ClassStatistics Statistics { get; } = ClassStatistics.From(results, language);

    public ClassReportLabels Labels { get; } = ClassReportLabels.For(language);

    public StatusWords Words { get; } = new(language);

    public ReportFormat Format { get; } = new(language);

    public IReadOnlyList<ChartSpec> Charts => charts ??= ChartSpec.For(Statistics, Language);

    private IReadOnlyList<ChartSpec>? charts;

    private string? heading;

    /// <summary>A student's name from the key a similar pair or a file names them by; the key itself when unknown.</summary>
    public string NameOf(string key) => Results.Students.FirstOrDefault(s => s.Key == key)?.Name ?? key;

    public void Line(string html) => Output.Write(html + "\n");

    public void SectionStart(string id, string text)
    {
        heading = text;
        Line($"<section id=\"{id}\">");
        Line($"<h2>{Html.Encode(text)}</h2>");
    }

    public void SectionEnd() => Line("</section>");

    public void Nothing(string? text = null) => Line($"<p class=\"nothing\">{Html.Encode(text ?? Labels.Nothing)}</p>");

    /// <summary>The canvas a chart is drawn into, when that chart has data; a section without one says so.</summary>
    public bool Chart(string id)
    {
        var chart = Charts.FirstOrDefault(c => c.Id == id);
        if (chart is null)
        {
            return false;
        }

        // A chart that is the whole section needs no caption repeating the section's heading.
        Line(chart.Title == heading ? "<figure class=\"chart\">" : $"<figure class=\"chart\"><figcaption>{Html.Encode(chart.Title)}</figcaption>");
        Line($"<div class=\"canvas\" style=\"height: {chart.HeightPx}px\"><canvas id=\"{chart.Id}\" role=\"img\" aria-label=\"{Html.Encode(chart.Title)}\"></canvas></div></figure>");
        return true;
    }

    /// <summary>A table whose rows the page's script sorts when a header is clicked.</summary>
    public void TableStart(string id, IEnumerable<Column> columns)
    {
        Line($"<div class=\"scroll\"><table class=\"sortable\" id=\"{id}\">");
        Output.Write("<thead><tr>");
        foreach (var column in columns)
        {
            var classes = column.Numeric ? " class=\"num\"" : "";
            var sorted = column.SortedAscending ? " aria-sort=\"ascending\"" : "";
            var title = column.Title is null ? "" : $" title=\"{Html.Encode(column.Title)}\"";
            var suffix = column.Suffix is null ? "" : $"<small>{Html.Encode(column.Suffix)}</small>";
            Output.Write($"<th scope=\"col\"{classes}{sorted}><button type=\"button\"{title}>{Html.Encode(column.Text)}{suffix}</button></th>");
        }

        Line("</tr></thead>");
        Line("<tbody>");
    }

    public void TableEnd() => Line("</tbody></table></div>");

    /// <summary>A text cell.</summary>
    public static string Cell(string? text, string? css = null) =>
        $"<td{(css is null ? "" : $" class=\"{css}\"")}>{Html.Encode(text)}</td>";

    /// <summary>A number cell: shown in the reader's format, sorted by its invariant value.</summary>
    public static string NumberCell(double? value, string shown, string? css = null) =>
        $"<td class=\"num{(css is null ? "" : " " + css)}\" data-sort=\"{(value is { } v ? ReportFormat.SortKey(v) : "-1")}\">{Html.Encode(shown)}</td>";
}

/// <summary>A sortable table's column header.</summary>
internal sealed record Column(string Text, bool Numeric = false, string? Title = null, string? Suffix = null, bool SortedAscending = false);
