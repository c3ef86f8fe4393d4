using System.Text.RegularExpressions;
using Grader.Reporting;
using Grader.Tests.Support;
using Markdig;

namespace Grader.Tests.Reporting;

/// <summary>
/// GitHub Actions reads every line of a step's output for workflow commands (<c>::name props::message</c>) and renders
/// the step summary as Markdown: a student's text must neither start a command nor become markup.
/// </summary>
public sealed partial class HostileGitHubTests
{
    [Fact]
    public void Each_annotation_is_one_command_whose_properties_and_message_carry_the_text_escaped()
    {
        var reports = HostileText.Reports();
        using var output = new StringWriter();

        new GitHubReportWriter(output, Language.Es, r => r.Submission, summaryPath: null).WriteAll(reports);

        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(6, lines.Length);
        foreach (var line in lines)
        {
            // As the runner parses it: the command runs to the first "::" after the leading one.
            var command = Annotation().Match(line);
            Assert.True(command.Success, line);
            var properties = command.Groups["properties"].Value.Split(',').Select(p => p.Split('=', 2)).ToList();
            Assert.All(properties, p => Assert.Contains(p[0], new[] { "file", "line", "col", "title" }));
            Assert.StartsWith(HostileText.All, Unescape(properties.Single(p => p[0] == "file")[1]), StringComparison.Ordinal);
            Assert.Contains(HostileText.All, Unescape(command.Groups["message"].Value), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_step_summary_shows_the_students_text_without_links_images_html_or_new_lines_of_its_own()
    {
        using var folder = new TemporaryFolder();
        var summary = Path.Combine(folder.Path, "summary.md");

        new GitHubReportWriter(TextWriter.Null, Language.Es, r => r.Submission, summary).WriteAll(HostileText.Reports());

        var markdown = File.ReadAllText(summary);
        Assert.DoesNotContain(markdown.Split('\n'), l => l.TrimStart().StartsWith("::", StringComparison.Ordinal));
        var html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build());
        foreach (var markup in new[] { "<a ", "<img", "<script", "<b>", "<pre", "<code", "<ul", "<ol", "<h1", "<h2", "<h4", "<blockquote" })
        {
            Assert.DoesNotContain(markup, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("[x](javascript:alert(1))", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Equal(HostileText.Reports().Count, Regex.Matches(html, "<h3>").Count);
        Assert.Equal(HostileText.Reports().Count, Regex.Matches(html, "<table>").Count);
    }

    /// <summary>The toolkit's escapes undone, in the order the runner undoes them.</summary>
    private static string Unescape(string text) => text
        .Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal)
        .Replace("%3A", ":", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal)
        .Replace("%25", "%", StringComparison.Ordinal);

    [GeneratedRegex(@"^::error (?<properties>[^:]*)::(?<message>[^\r\n]*)$")]
    private static partial Regex Annotation();
}
