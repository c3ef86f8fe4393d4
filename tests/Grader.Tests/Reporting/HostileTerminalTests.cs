using System.Text.RegularExpressions;
using Grader.Cli;
using Grader.Grading;
using Grader.Reporting;
using Spectre.Console;
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

    [Theory]
    [MemberData(nameof(Reports))]
    public void Emoji_shortcodes_in_a_students_text_are_shown_as_written_and_never_drawn(int index)
    {
        // Markup.Escape left ":check_mark_button: pasa" as it was, and Spectre's markup drew the grader's ✅ for it:
        // in a check's output, an exception's message, a compiler message, the file name in the heading.
        var report = HostileText.Reports()[index];
        using var plain = new StringWriter();
        var colour = new TestConsole().EmitAnsiSequences();

        foreach (var console in new[] { Terminal.Create(plain, plain: true), colour })
        {
            var writer = new TextReportWriter(console, Language.Es);
            writer.Write(report);
            writer.WriteEnding(report);
        }

        foreach (var text in new[] { plain.ToString(), Sgr().Replace(colour.Output, "") })
        {
            // Each shortcode whole: a colour terminal is 80 columns wide, and a long line may wrap between them.
            Assert.All(HostileText.Shortcodes.Split(' ').Where(word => word.StartsWith(':')), code => Assert.Contains(code, text, StringComparison.Ordinal));
            Assert.DoesNotContain(Emoji.Known.CheckMarkButton, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Emoji.Known.CrossMark, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Emoji.Known.Rocket, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_file_name_in_the_heading_is_shown_as_written_and_a_long_one_is_cut_to_the_line()
    {
        var named = HostileText.Reports()[0] with { Submission = HostileText.Shortcodes + ".csx" };
        var longName = named with { Submission = string.Concat(Enumerable.Repeat(HostileText.Shortcodes + " ", 10)) + ".csx" };

        var heading = FirstLine(named);
        var cut = FirstLine(longName);

        Assert.StartsWith($"── 01-es-vs-cpu · E/S frente a CPU · {HostileText.Shortcodes}.csx ──", heading, StringComparison.Ordinal);
        Assert.Equal(Terminal.PlainWidth, heading.Length);
        Assert.Equal(Terminal.PlainWidth, cut.Length);
        Assert.EndsWith("… ──", cut, StringComparison.Ordinal);
        Assert.DoesNotContain(Emoji.Known.CheckMarkButton, heading + cut, StringComparison.Ordinal);

        static string FirstLine(GradeReport report)
        {
            using var output = new StringWriter();
            new TextReportWriter(Terminal.Create(output, plain: true), Language.Es).Write(report);
            return output.ToString().Split('\n')[0];
        }
    }

    /// <summary>Every character a terminal may act on, except the newline and tab that lay text out.</summary>
    internal static List<string> ControlCharacters(string text) =>
        text.Where(c => char.IsControl(c) && c is not '\n' and not '\t').Select(c => $"U+{(int)c:X4}").Distinct().ToList();

    /// <summary>Select Graphic Rendition (colour, bold), what Spectre.Console writes for its markup.</summary>
    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex Sgr();
}
