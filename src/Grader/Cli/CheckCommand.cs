using System.CommandLine;
using Grader.Batch;
using Grader.Exercises;
using Grader.Grading;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary>
/// <c>grader check EXERCISE FILE...</c> or <c>grader check --all [DIR]</c>: grade, print feedback and points. Exit 0
/// when everything passed, or with <c>--min-score</c> when the points reach it; 1 otherwise; 2 on bad input.
/// </summary>
internal static class CheckCommand
{
    /// <param name="stopped">Ended before the github format's annotations, which the runner must obey.</param>
    public static Command Create(CommonOptions common, StoppedWorkflowCommands stopped)
    {
        var exercise = new Argument<string?>("ejercicio") { Description = "Exercise id, such as 01-es-vs-cpu (see grader list).", Arity = ArgumentArity.ZeroOrOne };
        var files = new Argument<string[]>("archivos") { Description = "The .csx file(s) to grade.", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<string?>("--all")
        {
            Description = "Grade every exercise file found under DIR (default: the current folder), each against the exercise its name says (01-es-vs-cpu.csx).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var minScore = new Option<int?>("--min-score") { Description = "Exit 0 when the points of all the files graded add up to at least this, even if some check fails." };
        var command = new Command("check", "Grade a submission: feedback, points and exit code.") { exercise, files, all, minScore };
        command.SetAction(async (parse, cancellation) =>
        {
            var catalog = ExerciseCatalog.Locate(parse.GetValue(common.Exercises));
            var targets = parse.GetResult(all) is not null
                ? FindAll(catalog, parse.GetValue(all) ?? ".", parse.GetValue(exercise), parse.GetValue(files)!)
                : Named(catalog, parse.GetValue(exercise), parse.GetValue(files)!);
            var format = parse.GetValue(common.Format);
            var language = common.LanguageOf(parse);
            var text = format == "text" ? new TextReportWriter(Terminal.Stdout(), language) : null;
            var pipeline = common.Pipeline(parse);
            var reports = new List<GradeReport>();
            foreach (var (found, path) in targets)
            {
                var report = await pipeline.CheckAsync(found, SubmissionFile.Read(path), GradingOptions.Default, cancellation).ConfigureAwait(false);
                text?.Write(report);
                reports.Add(report);
            }

            new CheckDocumentWriter(format, language, stopped).Write(reports, targets.Select(t => t.Path).ToList());
            var score = reports.Sum(r => r.Score);
            if (parse.GetValue(minScore) is { } required)
            {
                if (format == "text")
                {
                    var max = reports.Sum(r => r.MaxScore);
                    // Hidden checks still to come make the total the visible one: the line says so, as each report does.
                    var pending = new PendingHiddenChecks(reports.Sum(r => r.PendingHidden?.Count ?? 0), reports.Sum(r => r.PendingHidden?.Points ?? 0));
                    var total = pending.Count > 0 ? pending.Note(score, max).In(language).TrimEnd('.')
                        : language == Language.En ? $"Points: {score}/{max}" : $"Puntos: {score}/{max}";
                    Console.Out.WriteLine(language == Language.En
                        ? $"{total} (minimum {required}: {(score >= required ? "reached" : "not reached")})"
                        : $"{total} (mínimo {required}: {(score >= required ? "superado" : "no alcanzado")})");
                }

                return score >= required ? ExitCodes.Success : ExitCodes.Failure;
            }

            return reports.All(r => r.Status == GradeStatus.Pass) ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static List<(Exercise Exercise, string Path)> Named(ExerciseCatalog catalog, string? id, string[] paths)
    {
        if (id is null || paths.Length == 0)
        {
            throw new BadInputException("Say which exercise and which file(s): grader check 01-es-vs-cpu mi-archivo.csx (or grader check --all).");
        }

        var found = catalog.Find(id);
        return [.. paths.Select(p => (found, p))];
    }

    /// <summary>Every .csx under the folder whose name places it, skipping build output and the exercises themselves.</summary>
    private static List<(Exercise Exercise, string Path)> FindAll(ExerciseCatalog catalog, string folder, string? id, string[] paths)
    {
        if (id is not null || paths.Length > 0)
        {
            throw new BadInputException("--all finds the files itself: give it a folder (--all DIR), not an exercise or files.");
        }

        if (!Directory.Exists(folder))
        {
            throw new BadInputException($"The folder '{folder}' does not exist.");
        }

        var matcher = new ExerciseFileMatcher(catalog.All());
        var skipped = new[] { "bin", "obj", ".git", "node_modules" };
        var found = Directory.EnumerateFiles(folder, "*.csx", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Where(f => !Path.GetFullPath(f).StartsWith(catalog.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Exercise: matcher.Match(Path.GetFileName(f)), Path: f))
            .Where(t => t.Exercise is not null)
            .Select(t => (Exercise: t.Exercise!, t.Path))
            .ToList();
        if (found.Count == 0)
        {
            throw new BadInputException($"No exercise file under '{folder}': name them after the exercise, such as 01-es-vs-cpu.csx (see grader list).");
        }

        // One file per exercise, as in batch grading: the one named exactly after it; else the student must choose.
        // (Summing two copies would let a copy count twice towards --min-score.)
        var chosen = new List<(Exercise Exercise, string Path)>();
        foreach (var group in found.GroupBy(f => f.Exercise.Id, StringComparer.Ordinal))
        {
            var files = group.ToList();
            var exact = files.Where(f => ExerciseFileMatcher.IsCanonical(Path.GetFileName(f.Path), f.Exercise)).ToList();
            if (files.Count > 1 && exact.Count != 1)
            {
                throw new BadInputException($"Several files for {group.Key} ({string.Join(", ", files.Select(f => f.Path))}): keep one, named {group.Key}.csx.");
            }

            var file = files.Count == 1 ? files[0] : exact[0];
            foreach (var other in files.Where(f => f.Path != file.Path))
            {
                Console.Error.WriteLine(VisibleText.Line($"grader: {other.Path} not graded: {file.Path} is the file for {group.Key}."));
            }

            chosen.Add(file);
        }

        return chosen;
    }
}
