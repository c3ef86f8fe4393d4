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
        var exercise = new Argument<string?>(UiText.Say("ejercicio", "exercise"))
        {
            Description = UiText.Say("Id del ejercicio, como 01-es-vs-cpu (ver grader list).", "Exercise id, such as 01-es-vs-cpu (see grader list)."),
            Arity = ArgumentArity.ZeroOrOne,
        };
        var files = new Argument<string[]>(UiText.Say("archivos", "files"))
        {
            Description = UiText.Say("El archivo o los archivos .csx que corregir.", "The .csx file(s) to grade."),
            Arity = ArgumentArity.ZeroOrMore,
        };
        var all = new Option<string?>("--all")
        {
            Description = UiText.Say("Corrige cada archivo de ejercicio que haya en DIR (por defecto, la carpeta actual), cada uno con el ejercicio que dice su nombre (01-es-vs-cpu.csx).", "Grade every exercise file found under DIR (default: the current folder), each against the exercise its name says (01-es-vs-cpu.csx)."),
            Arity = ArgumentArity.ZeroOrOne,
        };
        var minScore = new Option<int?>("--min-score") { Description = UiText.Say("Sale con 0 cuando los puntos de todos los archivos corregidos suman al menos esto, aunque falle alguna comprobación.", "Exit 0 when the points of all the files graded add up to at least this, even if some check fails.") };
        var command = new Command("check", UiText.Say("Corrige una entrega: retroalimentación, puntos y código de salida.", "Grade a submission: feedback, points and exit code.")) { exercise, files, all, minScore };
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
            throw new BadInputException(UiText.Say("Di qué ejercicio y qué archivos: grader check 01-es-vs-cpu mi-archivo.csx (o grader check --all).", "Say which exercise and which file(s): grader check 01-es-vs-cpu mi-archivo.csx (or grader check --all)."));
        }

        var found = catalog.Resolve(id);
        return [.. paths.Select(p => (found, p))];
    }

    /// <summary>Every .csx or .cs under the folder whose name places it, skipping build output and the exercises themselves.</summary>
    private static List<(Exercise Exercise, string Path)> FindAll(ExerciseCatalog catalog, string folder, string? id, string[] paths)
    {
        if (id is not null || paths.Length > 0)
        {
            throw new BadInputException(UiText.Say("--all busca los archivos por su cuenta: dale una carpeta (--all DIR), no un ejercicio ni archivos.", "--all finds the files itself: give it a folder (--all DIR), not an exercise or files."));
        }

        if (!Directory.Exists(folder))
        {
            throw new BadInputException(UiText.Say($"La carpeta «{folder}» no existe.", $"The folder '{folder}' does not exist."));
        }

        var matcher = new ExerciseFileMatcher(catalog.All());
        var skipped = new[] { "bin", "obj", ".git", "node_modules" };
        var found = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(FileBasedApp.IsSubmissionName)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Where(f => !Path.GetFullPath(f).StartsWith(catalog.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Exercise: matcher.Match(Path.GetFileName(f)), Path: f))
            .Where(t => t.Exercise is not null)
            .Select(t => (Exercise: t.Exercise!, t.Path))
            .ToList();
        if (found.Count == 0)
        {
            throw new BadInputException(UiText.Say($"No hay ningún archivo de ejercicio en «{folder}»: ponles el nombre del ejercicio, como 01-es-vs-cpu.csx (ver grader list).", $"No exercise file under '{folder}': name them after the exercise, such as 01-es-vs-cpu.csx (see grader list)."));
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
                var several = string.Join(", ", files.Select(f => f.Path));
                throw new BadInputException(UiText.Say($"Hay varios archivos para {group.Key} ({several}): deja uno, llamado {group.Key}.csx o {group.Key}.cs.", $"Several files for {group.Key} ({several}): keep one, named {group.Key}.csx or {group.Key}.cs."));
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
