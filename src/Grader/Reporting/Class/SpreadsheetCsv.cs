using CsvHelper;

namespace Grader.Reporting.Class;

/// <summary>
/// The CSV files a teacher opens in a spreadsheet (notas.csv, indice.csv). A spreadsheet runs a cell that starts
/// with = + - @, a tab or a carriage return as a formula, and a student names their own folder, so such a text cell
/// is written as OWASP advises for CSV exports: a leading ' (Excel's and LibreOffice's "this is text") inside
/// double quotes. Numbers are written as numbers and never touched.
/// </summary>
internal static class SpreadsheetCsv
{
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };
}
