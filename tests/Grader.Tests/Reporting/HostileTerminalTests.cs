using System.Text.RegularExpressions;
using Grader.Cli;
using Grader.Grading;
using Grader.Reporting;
using Spectre.Console.Testing;

namespace Grader.Tests.Reporting;

/// <summary>
/// The terminal: what a student wrote is shown as text, never obeyed. No escape sequence, carriage return or bell of
/// theirs reaches the terminal, and their brackets are never read as Spectre.Console markup.
/// </summary>
public sealed partial class HostileTerminalTests
{
    public static TheoryData<int> Reports => [.. Enumerable.Range(0, HostileText.Reports().Count)];

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_plain_report_has_no_control_character_but_newline_and_shows_the_students_text_as_written(int index)
    {
        var report = HostileText.Reports()[index];
        using var output = new StringWriter();
        var writer = new TextReportWriter(Terminal.Create(output, plain: true), Language.Es);

        writer.Write(report);
        writer.WriteEnding(report);

        var text = output.ToString();
        Assert.Empty(ControlCharacters(text));
        Assert.Contains("␛]52;c;cm0gLXJmIH4K␇", text, StringComparison.Ordinal);
        Assert.Contains("␛[32m✔ pasa", text, StringComparison.Ordinal);
        Assert.Contains("fallo␍✔ pasa", text, StringComparison.Ordinal);
        Assert.Contains(HostileText.Markup, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void In_a_colour_terminal_the_only_escape_sequences_are_the_graders_own_colours(int index)
    {
        var report = HostileText.Reports()[index];
        var console = new TestConsole().EmitAnsiSequences();
        var writer = new TextReportWriter(console, Language.Es);

        writer.Write(report);
        writer.WriteEnding(report);

        var text = console.Output;
        Assert.Matches(Sgr(), text);
        Assert.Empty(ControlCharacters(Sgr().Replace(text, "")));
        Assert.Contains("␛]52;c;", text, StringComparison.Ordinal);
    }

    /// <summary>Every character a terminal may act on, except the newline and tab that lay text out.</summary>
    internal static List<string> ControlCharacters(string text) =>
        text.Where(c => char.IsControl(c) && c is not '\n' and not '\t').Select(c => $"U+{(int)c:X4}").Distinct().ToList();

    /// <summary>Select Graphic Rendition (colour, bold), what Spectre.Console writes for its markup.</summary>
    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex Sgr();
}
