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
            var paths = parse.GetValue(files)!;
            var sources = paths.Select(SubmissionFile.Read).ToList();
            var format = parse.GetValue(common.Format);
            var language = common.LanguageOf(parse);
            var text = format == "text" ? new Reporting.TextReportWriter(Terminal.Stdout(), language) : null;
            var pipeline = common.Pipeline(parse);
            var reports = new List<GradeReport>();
            foreach (var source in sources)
            {
                var report = await pipeline.CheckAsync(found, source, GradingOptions.Default, cancellation).ConfigureAwait(false);
                text?.Write(report);
                reports.Add(report);
            }

            WriteDocument(format, language, reports, paths);

            return reports.All(r => r.Status == GradeStatus.Pass) ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>The formats that are one document for all the files graded.</summary>
    private static void WriteDocument(string? format, Reporting.Language language, List<GradeReport> reports, string[] paths)
    {
        switch (format)
        {
            case "json" when reports.Count == 1:
                new Reporting.JsonReportWriter(Console.Out, language).Write(reports[0]);
                break;
            case "json":
                new Reporting.JsonReportWriter(Console.Out, language).WriteAll(reports);
                break;
            case "junit":
                new Reporting.JUnitReportWriter(Console.Out, language).WriteAll(reports);
                break;
            case "gradescope":
                new Reporting.GradescopeReportWriter(Console.Out, language).WriteAll(reports);
                break;
            case "github":
                var summary = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
                new Reporting.GitHubReportWriter(Console.Out, language, r => paths[reports.IndexOf(r)], string.IsNullOrEmpty(summary) ? null : summary).WriteAll(reports);
                break;
        }
    }
}
