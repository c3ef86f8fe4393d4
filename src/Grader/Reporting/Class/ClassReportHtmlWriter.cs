using System.Globalization;
using System.Text;
using Grader.Gradebook;

namespace Grader.Reporting.Class;

/// <summary>
/// informe.html: the teacher's view of a whole class in one self-contained file. Tables are written here, so the
/// page reads without its script; the script only sorts them and draws the charts from the embedded data. Nothing
/// is fetched: Chart.js, the style and the data travel inside the page, and its Content-Security-Policy lets no
/// other script run and nothing load from anywhere.
/// </summary>
internal static class ClassReportHtmlWriter
{
    public const string FileName = "informe.html";
    public const string DataIslandId = "datos";
    public const string IsolationWarningId = "aislamiento";

    public static void Write(ClassResults results, Language language, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var context = new ReportContext(results, language, output);
        WriteHead(context);
        WriteHeader(context);
        context.Line("<main>");
        StudentsSection.Write(context);
        ResultsSections.WriteExercises(context);
        ResultsSections.WriteChecks(context);
        ResultsSections.WriteDistribution(context);
        FeedbackSections.WriteMessages(context);
        FeedbackSections.WriteErrors(context);
        SimilaritySections.WritePairs(context);
        SimilaritySections.WriteUnplaced(context);
        context.Line("</main>");
        WriteScripts(context);
        context.Line("</body>");
        context.Line("</html>");
    }

    /// <summary>Writes <c>informe.html</c> into <paramref name="folder"/> (UTF-8, no BOM) and returns its path.</summary>
    public static string WriteFile(ClassResults results, Language language, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            Write(results, language, writer);
        }

        return path;
    }

    private static void WriteHead(ReportContext context)
    {
        var csp = $"default-src 'none'; script-src {ReportAssets.CspHash(ReportAssets.ChartJs)} {ReportAssets.CspHash(ReportAssets.Script)}; "
            + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
        context.Line("<!DOCTYPE html>");
        context.Line($"<html lang=\"{context.Language.Code()}\">");
        context.Line("<head>");
        context.Line("<meta charset=\"utf-8\">");
        context.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        context.Line($"<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">");
        context.Line($"<meta name=\"generator\" content=\"grader\">");
        context.Line($"<title>{Html.Encode(context.Labels.Title)}</title>");
        context.Line($"<style>\n{ReportAssets.Style}</style>");
        context.Line("</head>");
        context.Line("<body>");
    }

    /// <summary>
    /// First on the page, above the title: grades from runs without every isolation layer, as the terminal summary
    /// of <c>grade</c> says it. Students' code is untrusted, and a class is graded with --require-isolation.
    /// </summary>
    private static void WriteIsolationWarning(ReportContext context)
    {
        var missing = context.Results.MissingIsolation;
        if (missing.Count == 0)
        {
            return;
        }

        var labels = context.Labels;
        context.Line($"<div class=\"isolation-warning\" id=\"{IsolationWarningId}\" role=\"alert\">");
        context.Line($"<p><strong>{Html.Encode(labels.IsolationWarning)}</strong></p>");
        context.Line($"<p>{Html.Encode($"{labels.IsolationMissing}: {string.Join(", ", missing)}")}</p>");
        context.Line($"<p>{Html.Encode(labels.IsolationAdvice)}</p>");
        context.Line("</div>");
    }

    private static void WriteHeader(ReportContext context)
    {
        var labels = context.Labels;
        var statistics = context.Statistics;
        var results = context.Results;
        context.Line("<header>");
        WriteIsolationWarning(context);
        context.Line($"<h1>{Html.Encode(labels.Title)}</h1>");
        context.Line("<dl class=\"totals\">");
        Total(context, labels.Students, results.Students.Count.ToString(CultureInfo.InvariantCulture), "total-alumnos");
        Total(context, labels.Exercises, results.Exercises.Count.ToString(CultureInfo.InvariantCulture), "total-ejercicios");
        Total(context, labels.MeanTotal, $"{context.Format.Number(statistics.MeanTotal)} / {results.MaxTotal}", "media");
        Total(context, labels.MedianTotal, $"{context.Format.Number(statistics.MedianTotal)} / {results.MaxTotal}", "mediana");
        Total(context, labels.Generated, ReportFormat.Date(results.GeneratedAt), "generado");
        context.Line("</dl>");
        context.Line("<nav><ul>");
        foreach (var (id, text) in new[]
        {
            ("alumnos", labels.Students), ("ejercicios", labels.ExercisesHeading), ("comprobaciones", labels.ChecksHeading),
            ("distribucion", labels.DistributionHeading), ("mensajes", labels.MessagesHeading), ("errores", labels.ErrorsHeading),
            ("parecidas", labels.SimilarHeading), ("sin-asignar", labels.UnplacedHeading),
        })
        {
            context.Line($"<li><a href=\"#{id}\">{Html.Encode(text)}</a></li>");
        }

        context.Line("</ul></nav>");
        context.Line("</header>");
    }

    private static void Total(ReportContext context, string label, string value, string id) =>
        context.Line($"<div><dt>{Html.Encode(label)}</dt><dd id=\"{id}\">{Html.Encode(value)}</dd></div>");

    /// <summary>
    /// The data first (inert: a JSON island is never executed), then Chart.js, then the page's script, which runs
    /// when everything above it is in the document.
    /// </summary>
    private static void WriteScripts(ReportContext context)
    {
        var data = ClassReportData.From(context.Results, context.Statistics, context.Charts, context.Language).ToJson();
        context.Line($"<script type=\"application/json\" id=\"{DataIslandId}\">{data}</script>");
        context.Line($"<script>{ReportAssets.ChartJs}</script>");
        context.Line($"<script>{ReportAssets.Script}</script>");
    }
}
