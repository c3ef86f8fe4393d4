using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Gradebook;
using Grader.Reporting;
using Grader.Reporting.Class;

namespace Grader.Tests.ClassReport;

/// <summary>informe.html read as text: what it contains, what it refuses to contain, and its data island.</summary>
public sealed partial class ClassReportHtmlTests
{
    [Fact]
    public void The_students_table_has_a_row_per_student_with_a_coloured_cell_per_exercise()
    {
        var html = Render(ClassFixture.Class());

        var table = Between(html, $"<table class=\"sortable\" id=\"{StudentsSection.TableId}\">", "</table>");
        var rows = Rows(table);
        Assert.Equal(5, rows.Count);
        foreach (var id in ClassFixture.Exercises)
        {
            Assert.Contains($">{id}<small>", table, StringComparison.Ordinal);
        }

        // Alphabetical as Spanish sorts names: Á with the A's, before B.
        Assert.Equal(["Ángel Núñez", "Bruno Díaz", "Carla Ruiz", "María López", "Zoe Vidal"], rows.Select(FirstCell).ToList());
        var maria = rows.Single(r => r.Contains("María López", StringComparison.Ordinal));
        Assert.Contains("class=\"num st-fail\" data-sort=\"6\" title=\"con comprobaciones falladas\"", maria, StringComparison.Ordinal);
        Assert.Contains("class=\"num st-pass\" data-sort=\"6\"", maria, StringComparison.Ordinal);
        Assert.Contains("class=\"num st-missing\" data-sort=\"-1\" title=\"no entregado\"", maria, StringComparison.Ordinal);
        Assert.Contains("class=\"num total\" data-sort=\"12\"", maria, StringComparison.Ordinal);
        Assert.Contains(Encoded(ClassFixture.MariaKey), maria, StringComparison.Ordinal);
        var angel = rows.Single(r => r.Contains("Ángel Núñez", StringComparison.Ordinal));
        Assert.Contains("class=\"num st-error\" data-sort=\"0\" title=\"no se pudo evaluar (no compila)\"", angel, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_shows_the_class_totals_in_the_readers_format()
    {
        var html = Render(ClassFixture.Class());

        Assert.Contains("<dd id=\"total-alumnos\">5</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"total-ejercicios\">3</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"media\">12,6 / 24</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"mediana\">13 / 24</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"generado\">2025-11-25 15:54 UTC+01:00</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summaries_count_pass_rates_messages_errors_pairs_and_unplaced_files()
    {
        var html = Render(ClassFixture.Class());

        // 01 and 03: two passed of the four handed in (Carla handed in nothing, which is not a failure).
        var exercises = Rows(Between(html, "id=\"tabla-ejercicios\">", "</table>"));
        Assert.Equal(3, exercises.Count);
        Assert.Contains("data-sort=\"0.5\">50 %</td>", exercises[0], StringComparison.Ordinal);
        Assert.Contains("data-sort=\"0.5\">50 %</td>", exercises[1], StringComparison.Ordinal);
        Assert.Equal(8, Rows(Between(html, "id=\"tabla-comprobaciones\">", "</table>")).Count);
        Assert.Contains("oculta", Between(html, "id=\"tabla-comprobaciones\">", "</table>"), StringComparison.Ordinal);

        var messages = Rows(Between(html, "id=\"tabla-mensajes\">", "</table>"));
        Assert.Contains("data-sort=\"2\">2</td>", messages[0], StringComparison.Ordinal);
        Assert.Contains(Encoded(ClassFixture.Malicious), messages[0], StringComparison.Ordinal);
        Assert.Contains("María López", messages[0], StringComparison.Ordinal);

        var errors = Between(html, "id=\"tabla-errores\">", "</table>");
        Assert.Equal(2, Rows(errors).Count);
        Assert.Contains("no compila <code>compile_error</code>", errors, StringComparison.Ordinal);
        Assert.Contains("tiempo agotado <code>timeout</code>", errors, StringComparison.Ordinal);

        var pairs = Between(html, "id=\"parecidas\">", "</section>");
        Assert.Single(Rows(Between(pairs, "id=\"tabla-parecidas\">", "</table>")));
        Assert.Contains("87 %", pairs, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Matches(pairs, "<pre>").Count);
        Assert.Contains(Encoded(ClassFixture.FragmentAttack), pairs, StringComparison.Ordinal);

        var unplaced = Rows(Between(html, "id=\"tabla-sin-asignar\">", "</table>"));
        Assert.Equal(2, unplaced.Count);
        Assert.Contains("entregas/misterio.csx", unplaced[0], StringComparison.Ordinal);
        Assert.Contains("no se reconoce el ejercicio", unplaced[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Student_text_is_encoded_everywhere_and_only_the_pages_own_scripts_exist()
    {
        var html = Render(ClassFixture.Class());

        // The island, Chart.js and the page's script: no fourth <script>, no closing tag that a student wrote.
        Assert.Equal(3, Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count);
        Assert.Equal(3, Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Count);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert('x')", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;b&gt;negrita&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_references_nothing_outside_itself()
    {
        var html = Render(ClassFixture.Class());

        Assert.Empty(ExternalReference().Matches(html));
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html, StringComparison.Ordinal);
        // Chart.js' licence banner names its site; apart from that inlined library no URL appears at all.
        var withoutChartJs = html.Replace(ReportAssets.ChartJs, "", StringComparison.Ordinal);
        Assert.DoesNotContain("http://", withoutChartJs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", withoutChartJs, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Chart.js v4.6.1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_island_cannot_be_broken_out_of_and_parses_back_to_the_class()
    {
        var html = Render(ClassFixture.Class());

        var island = Between(html, $"<script type=\"application/json\" id=\"{ClassReportHtmlWriter.DataIslandId}\">", "</script>");
        Assert.DoesNotContain("<", island, StringComparison.Ordinal);
        Assert.DoesNotContain(">", island, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(island);
        var root = data.RootElement;
        Assert.Equal("es", root.GetProperty("lang").GetString());
        Assert.Equal(24, root.GetProperty("maxTotal").GetInt32());
        Assert.Equal(5, root.GetProperty("students").GetArrayLength());
        Assert.Contains(root.GetProperty("students").EnumerateArray(), s => s.GetProperty("key").GetString() == ClassFixture.MariaKey);
        Assert.Equal(ClassFixture.Malicious, root.GetProperty("frequentMessages")[0].GetProperty("message").GetString());
        Assert.Equal(ClassFixture.FragmentAttack, root.GetProperty("similarPairs")[0].GetProperty("fragments")[1].GetProperty("textA").GetString());
        Assert.Equal(
            [ChartSpec.PassRateId, ChartSpec.MostFailedId, ChartSpec.HistogramId, ChartSpec.ErrorsId],
            root.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList());
        // Every chart has its canvas, and no canvas is left without a chart.
        Assert.Equal(4, Regex.Matches(html, "<canvas ").Count);
    }

    [Fact]
    public void The_histogram_puts_every_student_in_one_bin()
    {
        var statistics = ClassStatistics.From(ClassFixture.Class(), Language.Es);

        Assert.Equal(5, statistics.Histogram.Sum(b => b.Count));
        Assert.Equal(0, statistics.Histogram[0].From);
        Assert.Equal(24, statistics.Histogram[^1].To);
        Assert.Equal(12.6, statistics.MeanTotal!.Value, precision: 6);
        Assert.Equal(13, statistics.MedianTotal);
        Assert.Equal(["une_cabeceras", "escribe_archivo", "clasifica_pasos", "reparte_hilos"], statistics.MostFailed(10).Select(c => c.Check.Name).ToList());
    }

    [Theory]
    [InlineData(24, "0–2 3–5 6–8 9–11 12–14 15–17 18–20 21–24")]
    [InlineData(10, "0–1 2–3 4–5 6–7 8–10")]
    [InlineData(5, "0 1 2 3 4 5")]
    [InlineData(0, "0–0")]
    public void Histogram_bins_have_one_width_and_no_lone_last_bar(int max, string expected)
    {
        var bins = HistogramBin.Of([0, max, max + 3], max);

        Assert.Equal(expected, string.Join(" ", bins.Select(b => b.From == b.To && max > 0 ? $"{b.From}" : $"{b.From}–{b.To}")));
        Assert.Equal(max == 0 ? 3 : 1, bins[0].Count);
        Assert.Equal(max == 0 ? 3 : 2, bins[^1].Count);
    }

    [Fact]
    public void Every_label_is_in_English_when_asked()
    {
        var english = Render(ClassFixture.Class(), Language.En);

        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Class report</h1>", english, StringComparison.Ordinal);
        Assert.Contains("title=\"not handed in\"", english, StringComparison.Ordinal);
        Assert.Contains("does not compile", english, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"media\">12.6 / 24</dd>", english, StringComparison.Ordinal);
        Assert.Contains("I/O versus CPU", english, StringComparison.Ordinal);
        foreach (var spanish in new[] { "Informe de la clase", "no entregado", "Alumnos", "Tasa de éxito", "Motivo", "E/S frente a CPU" })
        {
            Assert.DoesNotContain(spanish, english, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_empty_class_renders_with_no_charts_and_says_so()
    {
        var html = Render(ClassFixture.Empty());

        Assert.Empty(Rows(Between(html, $"id=\"{StudentsSection.TableId}\">", "</table>")));
        Assert.Contains("No hay alumnos.", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"media\">— / 24</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<canvas", html, StringComparison.Ordinal);
        var island = Between(html, "id=\"datos\">", "</script>");
        using var data = JsonDocument.Parse(island);
        Assert.Equal(0, data.RootElement.GetProperty("charts").GetArrayLength());
    }

    [Fact]
    public void Write_file_puts_informe_html_in_the_folder()
    {
        using var folder = new Support.TemporaryFolder();

        var path = ClassReportHtmlWriter.WriteFile(ClassFixture.Class(), Language.Es, folder.Path);

        Assert.Equal(Path.Combine(folder.Path, "informe.html"), path);
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "¡Atención! El código de los alumnos se ejecutó SIN todas las capas de aislamiento.", "Faltaban: seccomp, &lt;b&gt;capa&lt;/b&gt;")]
    [InlineData("en", "WARNING: students' code ran WITHOUT every isolation layer.", "Missing: seccomp, &lt;b&gt;capa&lt;/b&gt;")]
    public void Grades_from_runs_without_every_isolation_layer_are_warned_about_first_in_the_readers_language(string code, string title, string missing)
    {
        var language = LanguageExtensions.Parse(code);

        var warned = Render(ClassFixture.Class() with { MissingIsolation = ["seccomp", "<b>capa</b>"] }, language);
        var plain = Render(ClassFixture.Class(), language);

        var warning = Between(warned, "<div class=\"isolation-warning\" id=\"aislamiento\" role=\"alert\">", "</div>");
        Assert.Contains(Html.Encode(title), warning, StringComparison.Ordinal);
        Assert.Contains(missing, warning, StringComparison.Ordinal);
        Assert.Contains("--require-isolation", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>capa", warned, StringComparison.Ordinal);
        Assert.True(warned.IndexOf("id=\"aislamiento\"", StringComparison.Ordinal) < warned.IndexOf("<h1>", StringComparison.Ordinal));
        Assert.DoesNotContain("id=\"aislamiento\"", plain, StringComparison.Ordinal);
        Assert.True(Csp().Match(warned).Success);
        Assert.Equal(Csp().Match(plain).Value, Csp().Match(warned).Value);
    }

    internal static string Render(ClassResults results, Language language = Language.Es)
    {
        using var output = new StringWriter();
        ClassReportHtmlWriter.Write(results, language, output);
        return output.ToString();
    }

    private static string Encoded(string text) => Html.Encode(text);

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"Not found: {start}");
        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, $"Not found after {start}: {end}");
        return text[from..to];
    }

    private static List<string> Rows(string table)
    {
        var body = table[(table.IndexOf("<tbody>", StringComparison.Ordinal) + "<tbody>".Length)..];
        return RowPattern().Matches(body).Select(m => m.Value).ToList();
    }

    private static string FirstCell(string row) => Regex.Match(row, "<td>(.*?)</td>").Groups[1].Value;

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]+\">")]
    private static partial Regex Csp();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("""(?:src|href|action|srcset)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:|//)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
