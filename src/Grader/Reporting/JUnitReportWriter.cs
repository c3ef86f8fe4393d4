using System.Globalization;
using System.Xml.Linq;
using Grader.Grading;

namespace Grader.Reporting;

/// <summary>JUnit XML, read by GitLab, Jenkins and Azure DevOps: one test suite per graded file, one test case per check.</summary>
internal sealed class JUnitReportWriter(TextWriter output, Language language)
{
    public void WriteAll(IEnumerable<GradeReport> reports)
    {
        var suites = reports.Select(Suite).ToList();
        var document = new XDocument(new XElement("testsuites",
            new XAttribute("tests", suites.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", suites.Sum(s => (int)s.Attribute("failures")!)),
            new XAttribute("errors", suites.Sum(s => (int)s.Attribute("errors")!)),
            suites));
        output.WriteLine(document.ToString());
    }

    private XElement Suite(GradeReport report)
    {
        var cases = report.Tests.Select(t => Case(report, t)).ToList();
        if (report.Tests.Count == 0)
        {
            // Nothing ran (it did not compile, or was refused): one case says why.
            cases.Add(new XElement("testcase", new XAttribute("name", "compilar"), new XAttribute("classname", report.ExerciseId),
                new XElement("error", new XAttribute("message", Xml(report.Message.In(language))),
                    Xml(string.Join('\n', report.CompilerMessages.Select(m => $"{m.File}({m.Line},{m.Column}): error {m.Id}: {(language == Language.En ? m.MessageEn : m.MessageEs)}"))))));
        }

        if (report.PendingNote is { } note)
        {
            // Shown as skipped, so a CI page that lists only passes and failures does not read the suite as final.
            cases.Add(new XElement("testcase", new XAttribute("name", language == Language.En ? "hidden checks" : "comprobaciones ocultas"), new XAttribute("classname", report.ExerciseId),
                new XElement("skipped", new XAttribute("message", Xml(note.In(language))))));
        }

        return new XElement("testsuite",
            new XAttribute("name", Xml($"{report.ExerciseId} · {report.Submission}")),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", report.Tests.Count(t => t.Status == TestStatus.Fail)),
            new XAttribute("errors", report.Tests.Count(t => t.Status == TestStatus.Error) + (report.Tests.Count == 0 ? 1 : 0)),
            new XAttribute("skipped", report.Tests.Count(t => t.Status == TestStatus.Skip) + (report.PendingHidden is null ? 0 : 1)),
            new XAttribute("time", report.Duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "score"), new XAttribute("value", $"{report.Score}/{report.MaxScore}")),
                report.PendingHidden is { } pending
                    ? new XElement("property", new XAttribute("name", "hidden_pending"), new XAttribute("value", $"{pending.Count} ({pending.Points})"))
                    : null),
            cases);
    }

    private XElement Case(GradeReport report, TestReport test)
    {
        var element = new XElement("testcase", new XAttribute("name", Xml(test.Name)), new XAttribute("classname", report.ExerciseId));
        var message = Xml(test.Message?.In(language) ?? test.Description.In(language));
        var details = Xml(string.Join('\n', new[] { test.Hint is { } hint ? $"{Labels.For(language).Hint}: {hint.In(language)}" : null, test.Output.Length > 0 ? test.Output : null }.OfType<string>()));
        element.Add(test.Status switch
        {
            TestStatus.Fail => new XElement("failure", new XAttribute("message", message), details),
            TestStatus.Error => new XElement("error", new XAttribute("message", message), details),
            TestStatus.Skip => new XElement("skipped", new XAttribute("message", message)),
            _ => null,
        });
        return element;
    }

    /// <summary>
    /// Text that XML 1.0 can hold: control characters drawn (<see cref="VisibleText"/>), and what is no character at
    /// all (half a surrogate pair, U+FFFE, U+FFFF) replaced by U+FFFD. One such character used to make the writer
    /// throw, and no report came out for any file.
    /// </summary>
    private static string Xml(string text) =>
        WellFormedText.Of(VisibleText.Of(text)).Replace('\uFFFE', '\uFFFD').Replace('\uFFFF', '\uFFFD');
}
