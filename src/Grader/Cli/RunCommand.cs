using System.CommandLine;
using Grader.Exercises;
using Grader.Grading;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary><c>grader run EXERCISE FILE</c>: run the script as the notebook cell would, with the exercise's web server.</summary>
internal static class RunCommand
{
    public static Command Create(CommonOptions common)
    {
        var exercise = new Argument<string>(UiText.Say("ejercicio", "exercise"))
        {
            Description = UiText.Say("Id del ejercicio, como 01-es-vs-cpu.", "Exercise id, such as 01-es-vs-cpu."),
        };
        var file = new Argument<string>(UiText.Say("archivo", "file"))
        {
            Description = UiText.Say("El archivo .csx o .cs que ejecutar.", "The .csx or .cs file to run."),
        };
        var command = new Command("run", UiText.Say("Ejecuta una entrega y muestra su salida, sin corregirla.", "Run a submission and show its output, without grading it.")) { exercise, file };
        command.SetAction(async (parse, cancellation) =>
        {
            if (parse.GetValue(common.Format) is not ("text" or "json"))
            {
                // The other formats report grades to CI services; a run has none, and ignoring the option silently
                // left a CI job with no report at all.
                var format = parse.GetValue(common.Format);
                throw new BadInputException(UiText.Say($"grader run escribe --format text o json; {format} da una nota: usa grader check.", $"grader run writes --format text or json; {format} reports a grade: use grader check."));
            }

            var found = ExerciseCatalog.Locate(parse.GetValue(common.Exercises)).Resolve(parse.GetValue(exercise)!);
            var source = SubmissionFile.Read(parse.GetValue(file)!);
            var language = common.LanguageOf(parse);
            var outcome = await common.Pipeline(parse)
                .RunAsync(found, source, GradingOptions.Default, common.Json(parse) ? LiveOutput.To(Console.Error, Console.IsErrorRedirected) : LiveOutput.To(Console.Out, Console.IsOutputRedirected), cancellation)
                .ConfigureAwait(false);
            var report = outcome.Report;
            if (common.Json(parse))
            {
                new JsonReportWriter(Console.Out, language).WriteRun(report, outcome.Result);
            }
            else if (report.Status == GradeStatus.Error || report.ProgramError is not null)
            {
                // The output was shown live; only say how the program ended when it did not end well.
                new TextReportWriter(Terminal.Create(Console.Error, Console.IsErrorRedirected), language).WriteEnding(report);
            }

            return report.Status == GradeStatus.Error || report.ProgramError is not null ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
