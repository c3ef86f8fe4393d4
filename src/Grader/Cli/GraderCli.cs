using System.CommandLine;
using Grader.Exercises;
using Grader.Grading;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary>The command line: parses, dispatches, and turns every failure into one clear line and an exit code.</summary>
internal static class GraderCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        // In GitHub Actions nothing the grader prints may be taken for a workflow command, but its own annotations.
        var stopped = StoppedWorkflowCommands.Begin();
        // One language per run: set before any command, description or parse error is worded.
        UiText.Use(CliLanguage.Of(args));
        try
        {
            return await RunAsync(args, stopped).ConfigureAwait(false);
        }
        finally
        {
            stopped.End();
        }
    }

    private static async Task<int> RunAsync(string[] args, StoppedWorkflowCommands stopped)
    {
        var common = new CommonOptions();
        var root = new RootCommand(UiText.Say("Grader: corrige ejercicios de concurrencia en C#.", "Grader: grades C# concurrency exercises."));
        common.AddTo(root);
        root.Subcommands.Add(CheckCommand.Create(common, stopped));
        root.Subcommands.Add(RunCommand.Create(common));
        root.Subcommands.Add(ListCommand.Create(common));
        root.Subcommands.Add(ValidateCommand.Create(common));
        root.Subcommands.Add(TemplateCommand.Create(common));
        root.Subcommands.Add(StartCommand.Create(common));
        root.Subcommands.Add(DoctorCommand.Create());
        root.Subcommands.Add(GradeCommand.Create(common));
        root.Subcommands.Add(MergeCommand.Create(common));
        root.Subcommands.Add(BenchCommand.Create(common));
        root.Subcommands.Add(CourseCommand.Create(common));
        root.Subcommands.Add(ProgressCommand.Create(common));
        root.Subcommands.Add(WatchCommand.Create(common));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                // The parser words a list of allowed values on lines of their own: bad input is one line per error.
                var words = error.Message.Split(['\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                await Console.Error.WriteLineAsync("grader: " + string.Join(" ", words)).ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync(UiText.Say("Prueba «grader --help».", "Try 'grader --help'.")).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        try
        {
            // Ctrl-C and SIGTERM cancel the command, which then finishes on its own: a batch saves what it graded and
            // writes its reports. (System.CommandLine's own handling would exit two seconds later, mid-write.)
            using var stop = new CancellationTokenSource();
            using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
            using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
            void Stop(System.Runtime.InteropServices.PosixSignalContext context)
            {
                // A second signal is not held back: whoever presses Ctrl-C twice wants out now.
                if (!stop.IsCancellationRequested)
                {
                    context.Cancel = true;
                    stop.Cancel();
                }
            }

            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, stop.Token)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidExerciseException or BadInputException)
        {
            // The message may name a student's file, whose name can hold any character but '/'.
            await Console.Error.WriteLineAsync("grader: " + VisibleText.Line(e.Message)).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync(UiText.Say("grader: cancelado.", "grader: cancelled.")).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The grader never ends in a stack trace: any other failure is one line and exit 1.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync(UiText.Say("grader: error interno", "grader: internal error") + $" ({e.GetType().Name}): {VisibleText.Line(e.Message)}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
