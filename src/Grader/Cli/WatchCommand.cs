using System.CommandLine;
using System.Threading.Channels;
using Grader.Exercises;
using Grader.Grading;
using Grader.Practice;
using Grader.Reporting;
using Spectre.Console;

namespace Grader.Cli;

/// <summary>
/// <c>grader vigilar [EJERCICIO] [--carpeta DIR]</c>: checks the current exercise's file each time it is saved, and
/// takes single keys (<see cref="WatchSession"/>). Exit 0 when the student leaves with q or Ctrl-C; 2 when its input
/// is not a terminal, since it runs on key presses.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(CommonOptions common)
    {
        var exercise = new Argument<string?>(UiText.Say("ejercicio", "exercise")) { Description = UiText.Say("El ejercicio por el que empezar (por defecto, el primero que no pasa).", "The exercise to start with (default: the first that does not pass)."), Arity = ArgumentArity.ZeroOrOne };
        var folder = ProgressCommand.FolderOption();
        var command = new Command("vigilar", UiText.Say("Vigila tu archivo de ejercicio: lo comprueba cada vez que lo guardas, con pistas (p), la lista (l) y el siguiente ejercicio (s).", "Watch your exercise file: check it on every save, with hints (p), the list (l) and the next exercise (s).")) { exercise, folder };
        command.SetAction(async (parse, cancellation) =>
        {
            var language = common.LanguageOf(parse);
            var text = PracticeText.For(language);
            if (Console.IsInputRedirected)
            {
                throw new BadInputException(text.NeedsTerminal);
            }

            if (parse.GetValue(common.Format) != "text")
            {
                throw new BadInputException(UiText.Say("grader vigilar solo escribe --format text.", "grader vigilar writes --format text only."));
            }

            // An unknown exercise is bad input now, with the list of those that exist, not a blank screen.
            var start = parse.GetValue(exercise) is { } asked ? ExerciseCatalog.Locate(parse.GetValue(common.Exercises)).Resolve(asked).Id : null;

            var console = Terminal.Stdout();
            var progress = ProgressCommand.Open(common, parse, parse.GetValue(folder)!, _ => { });
            if (progress.Exercises.Count == 0)
            {
                throw new BadInputException(UiText.Say("No hay ejercicios que vigilar: mira grader list.", "There are no exercises to watch: see grader list."));
            }

            var session = new WatchSession(progress, console, language);
            var events = Channel.CreateUnbounded<WatchEvent>(new UnboundedChannelOptions { SingleReader = true });
            using var quit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            using var watcher = new FolderWatcher(progress.Folder, session.IsCurrentFile, () => events.Writer.TryWrite(new FileSaved()));
            StartKeyReader(events.Writer, quit);
            try
            {
                await session.RunAsync(start, events.Reader, quit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C, or q pressed while a file was being checked: leaving is what the student asked for.
            }

            console.WriteLine(text.Bye);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Reads single keys on a thread of its own (Console.ReadKey blocks). q also cancels at once, so that it does not
    /// wait behind a check that takes seconds. The thread is a background one: it is still in ReadKey when the
    /// command returns, and must not keep the process alive.
    /// </summary>
    private static void StartKeyReader(ChannelWriter<WatchEvent> events, CancellationTokenSource quit)
    {
        var reader = new Thread(() =>
        {
            try
            {
                while (!quit.IsCancellationRequested)
                {
                    var key = Console.ReadKey(intercept: true).KeyChar;
                    events.TryWrite(new KeyPressed(key));
                    if (key is 'q' or 'Q')
                    {
                        quit.Cancel();
                    }
                }
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or ObjectDisposedException)
            {
                // The terminal went away: nobody is left to press a key.
                quit.Cancel();
            }
        })
        {
            IsBackground = true,
            Name = "vigilar keys",
        };
        reader.Start();
    }
}
