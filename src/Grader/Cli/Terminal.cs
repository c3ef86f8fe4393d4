using Spectre.Console;

namespace Grader.Cli;

/// <summary>The console the reports are written to: colour in a terminal, plain text when redirected.</summary>
internal static class Terminal
{
    /// <summary>Width of plain output (CI logs, files): wide enough that feedback lines are not broken.</summary>
    public const int PlainWidth = 120;

    public static IAnsiConsole Create(TextWriter output, bool plain)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (plain)
        {
            console.Profile.Width = PlainWidth;
        }

        return console;
    }

    public static IAnsiConsole Stdout() => Create(Console.Out, plain: Console.IsOutputRedirected);
}
