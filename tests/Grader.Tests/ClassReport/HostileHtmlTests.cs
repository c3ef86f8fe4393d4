using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Reporting;
using Grader.Reporting.Class;
using Grader.Tests.Reporting;
using Grader.Tests.Support;
using Markdig;

namespace Grader.Tests.ClassReport;

/// <summary>
/// informe.html and the feedback files with a student's text made to break out: a closing script tag, an image
/// with an onerror handler, javascript: links, Markdown links and images, raw HTML and fences that try to close the
/// code block. The text must arrive as text, and each page keep its Content-Security-Policy.
/// </summary>
public sealed partial class HostileHtmlTests
{
    [Fact]
    public void Informe_html_keeps_its_three_scripts_its_policy_and_an_island_that_parses_back()
    {
        var html = ClassReportHtmlTests.Render(HostileClass.Create());

        Assert.Equal(3, Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count);
        Assert.Equal(3, Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Count);
        Assert.Single(Regex.Matches(html, "http-equiv=\"Content-Security-Policy\""));
        var page = html.Replace(ReportAssets.ChartJs, "", StringComparison.Ordinal).Replace(ReportAssets.Script, "", StringComparison.Ordinal);
        Assert.Empty(ActiveMarkup().Matches(Tags(page)));
        Assert.Empty(Scripted().Matches(page));
        Assert.Single(Regex.Matches(page, "<style", RegexOptions.IgnoreCase));
        Assert.Contains(Html.Encode(HostileText.Web), html, StringComparison.Ordinal);
        var island = Island(html);
        Assert.DoesNotContain("<", island, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(island);
        Assert.Contains(data.RootElement.GetProperty("students").EnumerateArray(), s => s.GetProperty("name").GetString() == HostileClass.OneLine.Replace("\ud800", "\uFFFD").Replace("\udc00", "\uFFFD"));
    }

    [Fact]
    public void The_feedback_markdown_renders_the_students_text_as_text_and_whole_inside_its_code_blocks()
    {
        var (markdown, _) = Feedback(HostileText.All);

        // The feedback's own pipeline makes no link at all. One with every extension another viewer might use turns
        // a bare https:// address into a link (GitHub does too): the student's own address in their own feedback.
        foreach (var (pipeline, linksAllowed) in new[] { (new MarkdownPipelineBuilder().UsePipeTables().Build(), false), (new MarkdownPipelineBuilder().UseAdvancedExtensions().Build(), true) })
        {
            var html = Markdown.ToHtml(markdown, pipeline);
            Assert.Empty(ActiveMarkup().Matches(Tags(html)));
            Assert.Empty(Scripted().Matches(html));
            Assert.Equal(linksAllowed, html.Contains("<a ", StringComparison.Ordinal));
            // The actual text is one code block, whole, whatever fences it holds (as Markdown reads it: CR ends a
            // line, NUL and half surrogates are U+FFFD).
            var whole = HostileText.All.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\0', '\uFFFD')
                .Replace('\ud800', '\uFFFD').Replace('\udc00', '\uFFFD') + "\n";
            Assert.Contains(whole, Regex.Matches(html, "<pre><code[^>]*>(?<code>.*?)</code></pre>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(m.Groups["code"].Value)));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_feedback_page_has_only_its_own_markup_and_policy(bool oneLine)
    {
        var (markdown, page) = Feedback(oneLine ? HostileClass.OneLine : HostileText.All);

        Assert.Empty(ActiveMarkup().Matches(Tags(page)));
        Assert.Empty(Scripted().Matches(page));
        Assert.Single(Regex.Matches(page, "<style", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<a ", page, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(page, "http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""));
        Assert.Contains("[x](javascript:alert(1))", page, StringComparison.Ordinal);
        if (oneLine)
        {
            Assert.Contains("\\[x\\](javascript:alert(1))", markdown, StringComparison.Ordinal);
        }
    }

    private static (string Markdown, string Html) Feedback(string key)
    {
        using var folder = new TemporaryFolder();
        var names = FeedbackWriter.WriteAll(HostileClass.Create(), Language.Es, folder.Path);
        var file = Path.Combine(folder.Path, names[key]);
        return (File.ReadAllText(file + ".md"), File.ReadAllText(file + ".html"));
    }

    private static string Island(string html)
    {
        var start = $"<script type=\"application/json\" id=\"{ClassReportHtmlWriter.DataIslandId}\">";
        var from = html.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return html[from..html.IndexOf("</script>", from, StringComparison.Ordinal)];
    }

    /// <summary>
    /// The page's tags with their attribute values emptied. A student's '&lt;' and '"' reach the page as &amp;lt; and
    /// &amp;quot;, so every '&lt;' left opens a tag and every '"' delimits a value: what remains is markup the writer
    /// meant, or markup the student broke in with.
    /// </summary>
    private static string Tags(string html) => string.Join("\n", Tag().Matches(html).Select(m => Value().Replace(m.Value, "\"\"")));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Value();

    /// <summary>Elements and event handlers a student's text could use to run script, load something or change the page.</summary>
    [GeneratedRegex(@"<(img|iframe|object|embed|svg|math|base|form|b|i|link|meta(?! (charset|name|http-equiv)))[\s>/]|\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveMarkup();

    /// <summary>A link or source that runs script or carries its own content.</summary>
    [GeneratedRegex(@"(href|src)\s*=\s*[""']?\s*(javascript|data|vbscript):", RegexOptions.IgnoreCase)]
    private static partial Regex Scripted();
}
