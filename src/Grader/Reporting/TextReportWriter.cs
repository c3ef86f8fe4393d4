using Grader.Compilation;
using Grader.Grading;
using Spectre.Console;

namespace Grader.Reporting;

/// <summary>The report a student reads in a terminal: a table of checks, then what to fix for each failure.</summary>
internal sealed class TextReportWriter(IAnsiConsole console, Language language) : IReportWriter
{
    private readonly Labels labels = Labels.For(language);

    public void Write(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        console.Write(new Rule($"[bold]{Shown(report.ExerciseId)}[/] · {Shown(report.ExerciseTitle.In(language))} · {Shown(VisibleText.Line(report.Submission))}").LeftJustified());
        foreach (var message in report.CompilerMessages)
        {
            WriteCompilerMessage(message);
        }

        if (report.Tests.Count > 0)
        {
            WriteTable(report);
            foreach (var test in report.Tests.Where(t => t.Status == TestStatus.Pass && t.Message is not null))
            {
                console.MarkupLine($"{Status(test.Status)} [bold]{Shown(test.Name)}[/]: {Shown(test.Message!.In(language))}");
            }

            foreach (var test in report.Tests.Where(t => t.Ran && t.Status is TestStatus.Fail or TestStatus.Error or TestStatus.Skip))
            {
                WriteDetails(test);
            }
        }

        if (report.ProgramError is { } programError)
        {
            console.MarkupLine($"[red]{Shown(programError.In(language))}[/]");
        }

        if (report.Status == GradeStatus.Error && !string.IsNullOrEmpty(report.ProgramOutput))
        {
            console.MarkupLine($"[bold]{labels.ProgramOutput}:[/]");
            console.WriteLine(Indent(report.ProgramOutput.TrimEnd('\n')));
        }

        var colour = report.Status switch
        {
            GradeStatus.Pass => "green",
            GradeStatus.Fail => "yellow",
            _ => "red",
        };
        console.WriteLine();
        console.MarkupLine($"[bold {colour}]{labels.Score}: {report.Score}/{report.MaxScore}[/] — {Shown(report.Message.In(language))}");
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
            console.MarkupLine($"[red]{Shown(programError.In(language))}[/]");
        }

        if (report.Status == GradeStatus.Error)
        {
            console.MarkupLine($"[red]{Shown(report.Message.In(language))}[/]");
        }
    }

    private void WriteCompilerMessage(CompilerMessage message)
    {
        var text = language == Language.En ? message.MessageEn : message.MessageEs;
        console.MarkupLine($"[red]{Shown($"{message.File}({message.Line},{message.Column}): error {message.Id}: {text}")}[/]");
        if (message.SourceLine.Length > 0)
        {
            var line = VisibleText.Of(message.SourceLine.Replace('\t', ' '));
            console.WriteLine("    " + line);
            console.MarkupLine("    " + new string(' ', Math.Max(0, Math.Min(message.Column - 1, line.Length))) + "[red]^[/]");
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
            var name = Shown(test.Name) + (test.Hidden ? $" [grey]({labels.Hidden})[/]" : "");
            table.AddRow(name, test.Ran ? Status(test.Status) : $"[grey]· {labels.NotRun}[/]", $"{test.Score}/{test.MaxScore}");
        }

        console.Write(table);
    }

    private string Status(TestStatus status) => status switch
    {
        TestStatus.Pass => $"[green]✔ {labels.Pass}[/]",
        TestStatus.Fail => $"[yellow]✘ {labels.Fail}[/]",
        TestStatus.Skip => $"[grey]– {labels.Skip}[/]",
        _ => $"[red]! {labels.Error}[/]",
    };

    private void WriteDetails(TestReport test)
    {
        console.WriteLine();
        console.MarkupLine($"{Status(test.Status)} [bold]{Shown(test.Name)}[/]: {Shown(test.Description.In(language))}");
        if (test.Message is { } message)
        {
            console.WriteLine(Indent(message.In(language)));
        }

        if (test.Expected is { } expected && test.Actual is { } actual)
        {
            console.MarkupLine($"  [bold]{labels.Diff}:[/]");
            foreach (var (mark, line) in LineDiff.Compute(expected, actual))
            {
                var text = Shown($"    {mark} {line}");
                console.MarkupLine(mark switch
                {
                    '-' => $"[red]{text}[/]",
                    '+' => $"[green]{text}[/]",
                    _ => $"[grey]{text}[/]",
                });
            }
        }

        if (test.Hint is { } hint)
        {
            console.MarkupLine($"  [bold]{labels.Hint}:[/] {Shown(hint.In(language))}");
        }

        if (test.Output.Length > 0)
        {
            console.MarkupLine($"  [bold]{labels.Output}:[/]");
            console.WriteLine(Indent(test.Output.TrimEnd('\n')));
        }
    }

    /// <summary>Text as written, in markup: a student's "[red]" is shown, and their escape sequences drawn (<see cref="VisibleText"/>).</summary>
    private static string Shown(string text) => Markup.Escape(VisibleText.Of(text));

    /// <summary>A block of text set in under its heading, each line as written and drawn as <see cref="Shown"/> says.</summary>
    private static string Indent(string text) => "    " + VisibleText.Of(text).Replace("\n", "\n    ", StringComparison.Ordinal);
}
