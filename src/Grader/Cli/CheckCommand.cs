using System.CommandLine;
using Grader.Exercises;
using Grader.Grading;

namespace Grader.Cli;

/// <summary><c>grader check EXERCISE FILE...</c>: grade, print feedback and points, exit 0 only when everything passed.</summary>
internal static class CheckCommand
{
    public static Command Create(CommonOptions common)
    {
        var exercise = new Argument<string>("ejercicio") { Description = "Exercise id, such as 01-es-vs-cpu (see grader list)." };
        var files = new Argument<string[]>("archivos") { Description = "The .csx file(s) to grade.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Grade a submission: feedback, points and exit code.") { exercise, files };
        command.SetAction(async (parse, cancellation) =>
        {
            var found = ExerciseCatalog.Locate(parse.GetValue(common.Exercises)).Find(parse.GetValue(exercise)!);
            var sources = parse.GetValue(files)!.Select(SubmissionFile.Read).ToList();
            var json = common.Json(parse);
            var text = json ? null : new Reporting.TextReportWriter(Terminal.Stdout(), common.LanguageOf(parse));
            var pipeline = common.Pipeline(parse);
            var reports = new List<GradeReport>();
            foreach (var source in sources)
            {
                var report = await pipeline.CheckAsync(found, source, GradingOptions.Default, cancellation).ConfigureAwait(false);
                text?.Write(report);
                reports.Add(report);
            }

            if (json)
            {
                var writer = new Reporting.JsonReportWriter(Console.Out, common.LanguageOf(parse));
                if (reports.Count == 1)
                {
                    writer.Write(reports[0]);
                }
                else
                {
                    writer.WriteAll(reports);
                }
            }

            return reports.All(r => r.Status == GradeStatus.Pass) ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
