using System.CommandLine;
using Grader.Exercises;
using Grader.Grading;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary>
/// <c>grader empezar EXERCISE</c>: writes the stub as a file-based app (<c>EX.cs</c>, which <c>dotnet run</c> and the
/// editors understand) and the statement (<c>EX.md</c>) into a folder, never over a file that is already there.
/// </summary>
internal static class StartCommand
{
    public static Command Create(CommonOptions common)
    {
        var exercise = new Argument<string>(UiText.Say("ejercicio", "exercise")) { Description = UiText.Say("Id, número o nombre del ejercicio: 01-es-vs-cpu, 01, es-vs-cpu.", "Exercise id, number or name: 01-es-vs-cpu, 01, es-vs-cpu.") };
        var folder = new Option<string?>("--carpeta") { Description = UiText.Say("Carpeta donde escribir (por defecto, la actual).", "Folder to write into (default: the current folder).") };
        var command = new Command("empezar", UiText.Say("Empieza un ejercicio: escribe EX.cs (la plantilla, para dotnet run) y EX.md (el enunciado).", "Start an exercise: write EX.cs (the stub, for dotnet run) and EX.md (the statement).")) { exercise, folder };
        command.SetAction(parse =>
        {
            var found = ExerciseCatalog.Locate(parse.GetValue(common.Exercises)).Resolve(parse.GetValue(exercise)!);
            var target = parse.GetValue(folder) ?? Environment.CurrentDirectory;
            if (!Directory.Exists(target))
            {
                throw new BadInputException(UiText.Say($"La carpeta «{target}» no existe.", $"The folder '{target}' does not exist."));
            }

            var code = Path.Combine(target, FileBasedApp.FileName(found.Id));
            var statement = Path.Combine(target, found.Id + ".md");
            // Both are checked before either is written: a student's work is never overwritten, nor half replaced.
            foreach (var path in new[] { code, statement }.Where(p => File.Exists(p) || Directory.Exists(p)))
            {
                throw new BadInputException(UiText.Say(
                    $"«{path}» ya existe y no se sobrescribe: bórralo o usa otra carpeta (--carpeta).",
                    $"'{path}' already exists and is not overwritten: delete it or use another folder (--carpeta)."));
            }

            Write(code, FileBasedApp.FromScript(Read(found.TemplatePath, found.Id), found.Id));
            Write(statement, Read(found.StatementPath, found.Id));
            Console.WriteLine(NextSteps(common.LanguageOf(parse), found, Shown(code), Shown(statement)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Read(string path, string id) =>
        File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidExerciseException(UiText.Say($"Falta {Path.Combine(id, Path.GetFileName(path))}.", $"{Path.Combine(id, Path.GetFileName(path))} is missing."));

    // CreateNew: a file that appeared since the check above is still not overwritten.
    private static void Write(string path, string text)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(UiText.Say($"No se pudo escribir «{path}»: {e.Message}", $"Cannot write '{path}': {e.Message}"));
        }
    }

    /// <summary>A written file as the student would type it in the next command: relative to where they are.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return VisibleText.Line(relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative);
    }

    private static string NextSteps(Language language, Exercise exercise, string code, string statement)
    {
        var en = language == Language.En;
        var localPage = exercise.Metadata.SiteLatency is not null;
        (string Command, string What)[] steps =
        [
            ($"dotnet run {code}", en
                ? "run it" + (localPage ? " (it requests the real page; offline, use grader run)" : "")
                : "ejecútalo" + (localPage ? " (pide la página real; sin conexión, usa grader run)" : "")),
            ($"grader run {exercise.Id} {code}", en
                ? "run it as the grader does" + (localPage ? ", with the local web page" : "")
                : "ejecútalo como el corrector" + (localPage ? ", con la página web local" : "")),
            ($"grader check {exercise.Id} {code}", en ? "grade it" : "corrígelo"),
        ];
        var width = steps.Max(s => s.Command.Length) + 3;
        var lines = new List<string>
        {
            en ? $"Wrote {code} (the stub) and {statement} (the statement). Next:" : $"Escritos {code} (la plantilla) y {statement} (el enunciado). Después:",
        };
        lines.AddRange(steps.Select(s => "  " + s.Command.PadRight(width) + s.What));
        return string.Join(Environment.NewLine, lines);
    }
}
