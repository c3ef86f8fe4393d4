using Grader.Compilation;
using Grader.Grading;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Grader.Reporting;

/// <summary>
/// The report a student reads in a terminal: a table of checks, then what to fix for each failure. Every line is
/// built from pieces of literal text in the grader's styles, never from markup: escaping markup keeps a student's
/// "[red]" as written, but Spectre.Console's markup still draws an emoji shortcode (":check_mark_button: pasa", any
/// case) as the emoji, a fake verdict of the grader's.
/// </summary>
internal sealed class TextReportWriter(IAnsiConsole console, Language language) : IReportWriter
{
    private static readonly Style Bold = Style.Parse("bold");
    private static readonly Style Red = Style.Parse("red");
    private static readonly Style Green = Style.Parse("green");
    private static readonly Style Yellow = Style.Parse("yellow");
    private static readonly Style Grey = Style.Parse("grey");

    private readonly Labels labels = Labels.For(language);

    public void Write(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        console.Write(new HeadingRule(
        [
            new Segment(VisibleText.Line(report.ExerciseId), Bold),
            new Segment($" · {VisibleText.Line(report.ExerciseTitle.In(language))} · {VisibleText.Line(report.Submission)}"),
        ]));
        foreach (var message in report.CompilerMessages)
        {
            WriteCompilerMessage(message);
        }

        if (report.Tests.Count > 0)
        {
            WriteTable(report);
            foreach (var test in report.Tests.Where(t => t.Status == TestStatus.Pass && t.Message is not null))
            {
                Line(Status(test.Status), (" ", Style.Plain), (test.Name, Bold), (": " + test.Message!.In(language), Style.Plain));
            }

            foreach (var test in report.Tests.Where(t => t.Ran && t.Status is TestStatus.Fail or TestStatus.Error or TestStatus.Skip))
            {
                WriteDetails(test);
            }
        }

        if (report.ProgramError is { } programError)
        {
            Line((programError.In(language), Red));
        }

        if (report.Status == GradeStatus.Error && !string.IsNullOrEmpty(report.ProgramOutput))
        {
            Line((labels.ProgramOutput + ":", Bold));
            console.WriteLine(Indent(report.ProgramOutput.TrimEnd('\n')));
        }

        var colour = report.Status switch
        {
            GradeStatus.Pass => Green,
            GradeStatus.Fail => Yellow,
            _ => Red,
        };
        console.WriteLine();
        // With hidden checks pending, the score is out of the visible checks alone, and the line says so.
        var score = report.PendingNote is { } note ? note.In(language) : $"{labels.Score}: {report.Score}/{report.MaxScore}";
        Line((score, colour.Combine(Bold)), (" — " + report.Message.In(language), Style.Plain));
    }

    /// <summary>For <c>grader run</c>, whose output was already shown: only how the program ended.</summary>
    public void WriteEnding(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var message in report.CompilerMessages)
        {
            WriteCompilerMessage(message);
        }

        if (report.ProgramError is { } programError)
        {
            Line((programError.In(language), Red));
        }

        if (report.Status == GradeStatus.Error)
        {
            Line((report.Message.In(language), Red));
        }
    }

    private void WriteCompilerMessage(CompilerMessage message)
    {
        var text = language == Language.En ? message.MessageEn : message.MessageEs;
        Line(($"{message.File}({message.Line},{message.Column}): error {message.Id}: {text}", Red));
        if (message.SourceLine.Length > 0)
        {
            var line = VisibleText.Of(message.SourceLine.Replace('\t', ' '));
            console.WriteLine("    " + line);
            Line(("    " + new string(' ', Math.Max(0, Math.Min(message.Column - 1, line.Length))), Style.Plain), ("^", Red));
        }
    }

    private void WriteTable(GradeReport report)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(labels.Check)
            .AddColumn(labels.Result)
            .AddColumn(new TableColumn(labels.Points).RightAligned());
        foreach (var test in report.Tests)
        {
            var name = Literal((test.Name, Style.Plain));
            if (test.Hidden)
            {
                name.Append($" ({labels.Hidden})", Grey);
            }

            table.AddRow(name, Literal(test.Ran ? Status(test.Status) : ($"· {labels.NotRun}", Grey)), new Text($"{test.Score}/{test.MaxScore}"));
        }

        console.Write(table);
    }

    private (string, Style) Status(TestStatus status) => status switch
    {
        TestStatus.Pass => ($"✔ {labels.Pass}", Green),
        TestStatus.Fail => ($"✘ {labels.Fail}", Yellow),
        TestStatus.Skip => ($"– {labels.Skip}", Grey),
        _ => ($"! {labels.Error}", Red),
    };

    private void WriteDetails(TestReport test)
    {
        console.WriteLine();
        Line(Status(test.Status), (" ", Style.Plain), (test.Name, Bold), (": " + test.Description.In(language), Style.Plain));
        if (test.Message is { } message)
        {
            console.WriteLine(Indent(message.In(language)));
        }

        if (test.Expected is { } expected && test.Actual is { } actual)
        {
            Line(("  ", Style.Plain), (labels.Diff + ":", Bold));
            foreach (var (mark, line) in LineDiff.Compute(expected, actual))
            {
                Line(($"    {mark} {line}", mark switch
                {
                    '-' => Red,
                    '+' => Green,
                    _ => Grey,
                }));
            }
        }

        if (test.Hint is { } hint)
        {
            Line(("  ", Style.Plain), (labels.Hint + ":", Bold), (" " + hint.In(language), Style.Plain));
        }

        if (test.Output.Length > 0)
        {
            Line(("  ", Style.Plain), (labels.Output + ":", Bold));
            console.WriteLine(Indent(test.Output.TrimEnd('\n')));
        }
    }

    /// <summary>One line of pieces, each in its style, as <see cref="Literal"/> shows them.</summary>
    private void Line(params (string Text, Style Style)[] pieces)
    {
        console.Write(Literal(pieces));
        console.WriteLine();
    }

    /// <summary>
    /// Pieces of text as written, never read as markup, with a student's escape sequences drawn (<see cref="VisibleText"/>).
    /// </summary>
    private static Paragraph Literal(params (string Text, Style Style)[] pieces)
    {
        var paragraph = new Paragraph();
        foreach (var (text, style) in pieces)
        {
            paragraph.Append(VisibleText.Of(text), style);
        }

        return paragraph;
    }

    /// <summary>A block of text set in under its heading, each line as written (console.WriteLine writes text, not markup), drawn as <see cref="Literal"/> says.</summary>
    private static string Indent(string text) => "    " + VisibleText.Of(text).Replace("\n", "\n    ", StringComparison.Ordinal);
}
