using Spectre.Console;

namespace Grader.Cli;

/// <summary>The console the reports are written to: colour in a terminal, plain text when redirected.</summary>
internal static class Terminal
{
    public static IAnsiConsole Create(TextWriter output, bool plain) =>
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });

    public static IAnsiConsole Stdout() => Create(Console.Out, plain: Console.IsOutputRedirected);
}
