using System.Globalization;
using System.Text;
using CsvHelper;
using Grader.Gradebook;
using Markdig;

namespace Grader.Reporting.Class;

/// <summary>
/// retroalimentacion/: for each student a Markdown file to paste into Moodle or e-mail, and the same text as a
/// self-contained HTML page to open in a browser; indice.csv maps each student's key to the file names
/// (<see cref="FeedbackFileNames"/> says how a name is made).
/// </summary>
internal static class FeedbackWriter
{
    public const string FolderName = "retroalimentacion";
    public const string IndexFileName = "indice.csv";

    // Raw HTML in a message is shown as text, never passed through: a student's output could otherwise write the page.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private const string Style = """
        body { margin: 0; color: #1f2328; background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
        main { max-width: 900px; margin: 0 auto; padding: 16px 20px 40px; }
        h1 { font-size: 24px; } h2 { font-size: 19px; margin-top: 32px; border-bottom: 2px solid #d0d7de; padding-bottom: 4px; } h3 { font-size: 15px; margin: 20px 0 6px; }
        table { border-collapse: collapse; } th, td { border: 1px solid #d0d7de; padding: 4px 10px; text-align: left; }
        pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; padding: 8px; overflow: auto; font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
        hr { border: 0; border-top: 1px solid #d0d7de; margin-top: 32px; }
        """;

    /// <summary>
    /// Writes every student's feedback into <paramref name="folder"/> (created when missing: pass the
    /// "retroalimentacion" folder itself) and returns each student's key with the file name both files share.
    /// </summary>
    public static IReadOnlyDictionary<string, string> WriteAll(ClassResults results, Language language, string folder)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var names = FeedbackFileNames.For(results.Students.Select(s => s.Key));
        foreach (var student in results.Students)
        {
            var markdown = FeedbackMarkdown.For(student, results, language);
            var name = names[student.Key];
            File.WriteAllText(Path.Combine(folder, name + ".md"), markdown, Utf8);
            File.WriteAllText(Path.Combine(folder, name + ".html"), Page(student, markdown, language), Utf8);
        }

        File.WriteAllText(Path.Combine(folder, IndexFileName), Index(results, names), Utf8);
        return names;
    }

    /// <summary>The Markdown rendered by Markdig inside a page that needs nothing else and may load nothing else.</summary>
    public static string Page(StudentResults student, string markdown, Language language)
    {
        ArgumentNullException.ThrowIfNull(student);
        var title = $"{FeedbackLabels.For(language).Title}: {student.Name}";
        return $"""
            <!DOCTYPE html>
            <html lang="{language.Code()}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>{Html.Encode(title)}</title>
            <style>
            {Style}
            </style>
            </head>
            <body>
            <main>
            {Markdown.ToHtml(markdown, Pipeline)}</main>
            </body>
            </html>

            """;
    }

    /// <summary>
    /// clave,nombre,archivo as RFC 4180 CSV, for a script that sends each student their file; every cell quoted, as
    /// it always was, and a key or name that a spreadsheet would run as a formula kept text (<see cref="SpreadsheetCsv"/>).
    /// </summary>
    private static string Index(ClassResults results, IReadOnlyDictionary<string, string> names)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, SpreadsheetCsv.Options, true))
        {
            csv.WriteRecord(["clave", "nombre", "archivo"]);
            foreach (var student in results.Students)
            {
                csv.WriteField(student.Key, CsvQuoting.Always);
                csv.WriteField(student.Name, CsvQuoting.Always);
                csv.WriteField(names[student.Key], CsvQuoting.Always);
                csv.EndRecord();
            }

            csv.Flush();
        }

        return text.ToString();
    }
}
