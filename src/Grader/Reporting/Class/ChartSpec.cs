using System.Text.Json.Serialization;

namespace Grader.Reporting.Class;

/// <summary>
/// One bar chart as the page's script draws it: everything the reader sees (titles, labels, units) is decided
/// here, in the report's language, so the script stays the same for every language and every class.
/// </summary>
internal sealed record ChartSpec(
    string Id,
    string Title,
    string SeriesLabel,
    bool Horizontal,
    IReadOnlyList<string> Labels,
    IReadOnlyList<double?> Values,
    string Color,
    double? Max,
    string Unit)
{
    public const string PassRateId = "grafico-ejercicios";
    public const string MostFailedId = "grafico-comprobaciones";
    public const string HistogramId = "grafico-totales";
    public const string ErrorsId = "grafico-errores";

    public const int MostFailedShown = 10;

    /// <summary>A horizontal chart grows with its bars so that every label stays readable.</summary>
    [JsonIgnore]
    public int HeightPx => Horizontal ? Math.Max(160, 60 + (34 * Labels.Count)) : 300;

    /// <summary>
    /// Only the charts that have something to draw: an empty class gets no chart at all rather than bare axes, and a
    /// section without its chart says there is nothing to show.
    /// </summary>
    public static IReadOnlyList<ChartSpec> For(ClassStatistics statistics, Language language)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var labels = ClassReportLabels.For(language);
        var words = new StatusWords(language);
        var charts = new List<ChartSpec>();
        if (statistics.Exercises.Any(e => e.HandedIn > 0))
        {
            charts.Add(new ChartSpec(
                PassRateId,
                labels.PassRateChart,
                labels.PassRate,
                Horizontal: false,
                statistics.Exercises.Select(e => e.Exercise.Id).ToList(),
                statistics.Exercises.Select(e => e.PassRate is { } r ? Math.Round(r * 100, 1) : (double?)null).ToList(),
                "#2e7d32",
                Max: 100,
                labels.Percent));
        }

        var mostFailed = statistics.MostFailed(MostFailedShown);
        if (mostFailed.Count > 0)
        {
            charts.Add(new ChartSpec(
                MostFailedId,
                labels.MostFailedChart,
                labels.StudentsFailing,
                Horizontal: true,
                mostFailed.Select(c => $"{c.ExerciseId} · {c.Check.Name}").ToList(),
                mostFailed.Select(c => (double?)c.Failed).ToList(),
                "#ef6c00",
                Max: null,
                ""));
        }

        if (statistics.Histogram.Any(b => b.Count > 0))
        {
            charts.Add(new ChartSpec(
                HistogramId,
                labels.DistributionHeading,
                labels.Students,
                Horizontal: false,
                statistics.Histogram.Select(b => b.From == b.To ? $"{b.From}" : $"{b.From}–{b.To}").ToList(),
                statistics.Histogram.Select(b => (double?)b.Count).ToList(),
                "#1565c0",
                Max: null,
                ""));
        }

        if (statistics.ErrorsByReason.Count > 0)
        {
            charts.Add(new ChartSpec(
                ErrorsId,
                labels.ErrorsHeading,
                labels.Count,
                Horizontal: true,
                statistics.ErrorsByReason.Select(g => words.Reason(g.Reason)).ToList(),
                statistics.ErrorsByReason.Select(g => (double?)g.Count).ToList(),
                "#c62828",
                Max: null,
                ""));
        }

        return charts;
    }
}
