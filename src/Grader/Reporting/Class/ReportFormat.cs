using System.Globalization;

namespace Grader.Reporting.Class;

/// <summary>
/// Numbers and dates as the reader's language writes them (7,5 in Spanish), while sort keys and JSON stay
/// invariant so the page's script reads them the same in any language.
/// </summary>
internal sealed class ReportFormat(Language language)
{
    private readonly CultureInfo culture = CultureInfo.GetCultureInfo(language == Language.En ? "en-GB" : "es-ES");
    private readonly ClassReportLabels labels = ClassReportLabels.For(language);

    public string Number(double? value) => value is { } v ? v.ToString("0.#", culture) : "—";

    public string Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("0", culture) + labels.Percent : "—";

    /// <summary>An unambiguous timestamp with its offset: a report is read days later, maybe in another time zone.</summary>
    public static string Date(DateTimeOffset when) => when.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture);

    public static string SortKey(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
