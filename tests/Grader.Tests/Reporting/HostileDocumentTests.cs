using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Grader.Grading;
using Grader.Reporting;
using Grader.Tests.Support;

namespace Grader.Tests.Reporting;

/// <summary>
/// The machine-read formats stay valid documents whatever the student wrote: JUnit XML (GitLab, Jenkins), and the
/// JSON of --format json, Gradescope and GitHub Classroom.
/// </summary>
public sealed class HostileDocumentTests
{
    [Fact]
    public void JUnit_is_well_formed_xml_with_every_report_in_it_and_control_characters_shown_as_symbols()
    {
        var reports = HostileText.Reports();
        using var output = new StringWriter();

        new JUnitReportWriter(output, Language.Es).WriteAll(reports);

        var document = XDocument.Parse(output.ToString());
        Assert.Equal(reports.Count, document.Root!.Elements("testsuite").Count());
        Assert.Equal(reports.Sum(r => Math.Max(1, r.Tests.Count)), document.Descendants("testcase").Count());
        var failure = document.Descendants("failure").First();
        Assert.Contains("␛[32m✔ pasa", failure.Value, StringComparison.Ordinal);
        Assert.Contains("␀", failure.Attribute("message")!.Value, StringComparison.Ordinal);
        Assert.Contains("\uFFFD sola \uFFFD", failure.Value, StringComparison.Ordinal);
        Assert.Contains(HostileText.Web, failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_results_are_valid_json_and_keep_the_text_apart_from_invalid_halves_of_surrogate_pairs()
    {
        foreach (var report in HostileText.Reports())
        {
            using var one = new StringWriter();
            new JsonReportWriter(one, Language.Es).Write(report);
            Assert.Equal(report.Message.Es.Replace("\ud800", "\uFFFD").Replace("\udc00", "\uFFFD"), Parse(one.ToString()).RootElement.GetProperty("message").GetString());
        }

        using var all = new StringWriter();
        new JsonReportWriter(all, Language.Es).WriteAll(HostileText.Reports());
        Assert.Equal(HostileText.Reports().Count, Parse(all.ToString()).RootElement.GetArrayLength());
    }

    [Fact]
    public void Gradescope_results_are_valid_json()
    {
        using var output = new StringWriter();

        new GradescopeReportWriter(output, Language.Es).WriteAll(HostileText.Reports());

        var tests = Parse(output.ToString()).RootElement.GetProperty("tests");
        Assert.Contains(HostileText.OscClipboard, tests[1].GetProperty("output").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Classroom_results_are_valid_json_on_stdout_and_in_the_step_output()
    {
        using var folder = new TemporaryFolder();
        var githubOutput = folder.Write("github_output", "");
        using var output = new StringWriter();

        new ClassroomReportWriter(output, Language.Es, githubOutput).WriteAll(HostileText.Reports());

        // One line: GitHub reads a step's output up to the end of the line.
        var printed = output.ToString();
        Assert.Single(printed.TrimEnd('\n', '\r').Split('\n'));
        Assert.Equal("error", Parse(printed).RootElement.GetProperty("status").GetString());
        var line = File.ReadAllText(githubOutput);
        Assert.StartsWith("result=", line, StringComparison.Ordinal);
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(line["result=".Length..].TrimEnd('\n')));
        Assert.Equal(Parse(printed).RootElement.GetRawText(), Parse(decoded).RootElement.GetRawText());
    }

    /// <summary>Parsed by the strict reader: an unescaped control character or a broken escape fails here.</summary>
    private static JsonDocument Parse(string json) => JsonDocument.Parse(json);
}
