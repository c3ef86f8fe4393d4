using Grader.Reporting;
using Grader.Reporting.Class;
using Grader.Tests.Support;

namespace Grader.Tests.ClassReport;

/// <summary>retroalimentacion/: one Markdown and one HTML file per student, named from the key.</summary>
public sealed class FeedbackWriterTests
{
    [Fact]
    public void Each_student_gets_a_markdown_and_an_html_file_with_a_recognisable_name()
    {
        using var folder = new TemporaryFolder();

        var names = FeedbackWriter.WriteAll(ClassFixture.Class(), Language.Es, folder.Path);

        Assert.Equal("Maria_Lopez_12345", names[ClassFixture.MariaKey]);
        Assert.Equal("Angel_Nunez_23456", names[ClassFixture.AngelKey]);
        Assert.Equal(
            ["Angel_Nunez_23456.html", "Angel_Nunez_23456.md", "Maria_Lopez_12345.html", "Maria_Lopez_12345.md",
             "bruno.html", "bruno.md", "carla.html", "carla.md", "indice.csv", "zoe.html", "zoe.md"],
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        var index = File.ReadAllText(Path.Combine(folder.Path, FeedbackWriter.IndexFileName));
        Assert.StartsWith("clave,nombre,archivo\r\n", index, StringComparison.Ordinal);
        Assert.Contains($"\"{ClassFixture.MariaKey}\",\"María López\",\"Maria_Lopez_12345\"\r\n", index, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("María López_12345_assignsubmission_file_", "Maria_Lopez_12345")]
    [InlineData("Íñigo Ñúñez-Peña_7_assignsubmission_onlinetext_", "Inigo_Nunez-Pena_7")]
    [InlineData("Jürgen Groß", "Jurgen_Gross")]
    [InlineData("../../etc/passwd", "etc_passwd")]
    [InlineData("  .hidden  ", "hidden")]
    [InlineData("con", "_con")]
    [InlineData("李雷", "alumno")]
    [InlineData("a:b*c?d\"e<f>g|h\\i", "a_b_c_d_e_f_g_h_i")]
    public void A_key_becomes_a_safe_name(string key, string expected)
    {
        Assert.Equal(expected, FeedbackFileNames.Safe(key));
    }

    [Fact]
    public void Keys_that_would_share_a_name_get_numbered_in_key_order()
    {
        var names = FeedbackFileNames.For(["José", "Jose", "JOSE", "x"]);

        Assert.Equal("JOSE", names["JOSE"]);
        Assert.Equal("Jose-2", names["Jose"]);
        Assert.Equal("Jose-3", names["José"]);
        Assert.Equal("x", names["x"]);
        Assert.True(FeedbackFileNames.Safe(new string('a', 300)).Length <= FeedbackFileNames.MaxLength);
    }

    [Fact]
    public void The_markdown_has_total_exercises_and_checks_with_expected_and_actual_in_code_blocks()
    {
        var markdown = Markdown("Maria_Lopez_12345.md", Language.Es);

        Assert.StartsWith("# Retroalimentación: María López\n\n**Total: 12 / 24**\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## 01-es-vs-cpu · E/S frente a CPU", markdown, StringComparison.Ordinal);
        Assert.Contains("**Puntuación:** 6 / 10 · **Estado:** con comprobaciones falladas", markdown, StringComparison.Ordinal);
        Assert.Contains("### ✘ une\\_cabeceras — falla · 0 / 2 puntos", markdown, StringComparison.Ordinal);
        Assert.Contains("**Pista:** Usa string.Join(\"\\\\n\", …)", markdown, StringComparison.Ordinal);
        Assert.Contains("**Esperado:**\n\n```text\na\nb\n```\n", markdown, StringComparison.Ordinal);
        Assert.Contains("**Obtenido:**\n\n```text\na\nb\n\n```\n", markdown, StringComparison.Ordinal);
        Assert.Contains("### ✔ formatea\\_cabeceras — pasa · 3 / 3 puntos", markdown, StringComparison.Ordinal);
        Assert.Contains("| 03-hola-hilo · Hola, hilo | ✔ superado | 6 / 6 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hidden_check_shows_its_name_and_result_only()
    {
        var markdown = Markdown("Maria_Lopez_12345.md", Language.Es);
        var html = Markdown("Maria_Lopez_12345.html", Language.Es);

        Assert.Contains("### ✘ clasifica\\_pasos (oculta) — falla · 0 / 2 puntos", markdown, StringComparison.Ordinal);
        foreach (var text in new[] { markdown, html })
        {
            Assert.DoesNotContain(ClassFixture.HiddenSecret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(ClassFixture.HiddenMessage, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Pista oculta", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("es", "no entregado", "No se encontró ningún archivo tuyo para este ejercicio.")]
    [InlineData("en", "not handed in", "No file of yours was found for this exercise.")]
    public void A_missing_exercise_says_it_was_not_handed_in(string code, string status, string sentence)
    {
        var markdown = Markdown("carla.md", LanguageExtensions.Parse(code));

        Assert.Equal(3, CountOf(markdown, $":** {status}\n\n{sentence}"));
        Assert.Contains("**Total: 0 / 24**", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_names_its_reason_in_words()
    {
        var markdown = Markdown("Angel_Nunez_23456.md", Language.Es);

        Assert.Contains("**Estado:** no se pudo evaluar (no compila)", markdown, StringComparison.Ordinal);
        Assert.Contains("No compila: falta un ';' en la línea 4.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_is_rendered_from_the_markdown_with_student_text_encoded()
    {
        var html = Markdown("Maria_Lopez_12345.html", Language.Es);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Retroalimentación: María López</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Retroalimentación: María López</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code class=\"language-text\">a\nb\n</code></pre>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;b&gt;negrita&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void English_feedback_uses_english_words()
    {
        var markdown = Markdown("Maria_Lopez_12345.md", Language.En);

        Assert.StartsWith("# Feedback: María López", markdown, StringComparison.Ordinal);
        Assert.Contains("**Score:** 6 / 10 · **Status:** some checks failed", markdown, StringComparison.Ordinal);
        Assert.Contains("— fail · 0 / 2 points", markdown, StringComparison.Ordinal);
        Assert.Contains("**Expected:**", markdown, StringComparison.Ordinal);
        Assert.Contains("(hidden)", markdown, StringComparison.Ordinal);
        Assert.Contains("\\</script\\>\\<b\\>bold", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*a* [x](y) <b>", "\\*a\\* \\[x\\](y) \\<b\\>")]
    [InlineData("- no es una lista", "\\- no es una lista")]
    [InlineData("1. tampoco", "1\\. tampoco")]
    [InlineData("# ni un título | ni tabla", "\\# ni un título \\| ni tabla")]
    [InlineData("3.5 segundos", "3.5 segundos")]
    [InlineData("2) ni esta", "2\\) ni esta")]
    public void Markdown_text_is_escaped_so_it_reads_as_written(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Fact]
    public void A_fence_is_longer_than_any_backtick_run_inside()
    {
        Assert.Equal("````text\n```\ncode\n```\n````\n", MarkdownText.Fenced("```\ncode\n```"));
    }

    private static string Markdown(string file, Language language)
    {
        using var folder = new TemporaryFolder();
        FeedbackWriter.WriteAll(ClassFixture.Class(), language, folder.Path);
        return File.ReadAllText(Path.Combine(folder.Path, file));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
