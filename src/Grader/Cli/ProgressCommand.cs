using System.CommandLine;
using Grader.Exercises;
using Grader.Grading;
using Grader.Practice;
using Grader.Reporting;
using Spectre.Console;

namespace Grader.Cli;

/// <summary>
/// <c>grader progreso [--carpeta DIR]</c>: every exercise of the course with its state and points, from the files in
/// a student's folder. Exit 0 whatever the states: it is a report, not a grade.
/// </summary>
internal static class ProgressCommand
{
    public static Command Create(CommonOptions common)
    {
        var folder = FolderOption();
        var command = new Command("progreso", UiText.Say("Muestra el estado de cada ejercicio (sin empezar, sin terminar, falla, pasa) y sus puntos, según los archivos de una carpeta.", "Show each exercise's state (not started, unfinished, failing, passing) and points, from the files in a folder.")) { folder };
        command.SetAction(async (parse, cancellation) =>
        {
            if (parse.GetValue(common.Format) != "text")
            {
                throw new BadInputException(UiText.Say($"grader progreso solo escribe --format text; para informar de notas usa grader check --all --format {parse.GetValue(common.Format)}.", $"grader progreso writes --format text only; to report grades use grader check --all --format {parse.GetValue(common.Format)}."));
            }

            var language = common.LanguageOf(parse);
            var checking = PracticeText.For(language).Checking;
            // On stderr, so that the table on stdout stays the table when redirected.
            var progress = Open(common, parse, parse.GetValue(folder)!, name => Console.Error.WriteLine($"{checking} {name}…"));
            var rows = await progress.AllAsync(cancellation).ConfigureAwait(false);
            var console = Terminal.Stdout();
            console.Write(ProgressView.Table(rows, language));
            console.WriteLine(PracticeText.For(language).CacheLine(progress.Graded, progress.FromCache));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>--carpeta DIR</c>: the student's folder, by default the current one.</summary>
    public static Option<string> FolderOption() => new("--carpeta")
    {
        Description = UiText.Say("La carpeta con tus archivos de ejercicio, cada uno con el nombre de su ejercicio (03-hola-hilo.csx o .cs). Por defecto, la actual.", "The folder with your exercise files, named after each exercise (03-hola-hilo.csx or .cs). Default: the current folder."),
        DefaultValueFactory = _ => ".",
    };

    /// <summary>The course's progress in the folder, with its cache; a folder that does not exist is bad input.</summary>
    /// <param name="grading">Told each file's name (drawn safe) as its grading starts.</param>
    public static CourseProgress Open(CommonOptions common, ParseResult parse, string folder, Action<string> grading)
    {
        ArgumentNullException.ThrowIfNull(common);
        if (!Directory.Exists(folder))
        {
            throw new BadInputException(UiText.Say($"La carpeta «{folder}» no existe.", $"The folder '{folder}' does not exist."));
        }

        var catalog = ExerciseCatalog.Locate(parse.GetValue(common.Exercises));
        return new CourseProgress(catalog.All(), Path.GetFullPath(folder), common.Pipeline(parse), ProgressCache.Open(Path.GetFullPath(folder)))
        {
            Grading = grading,
            Warning = message => Console.Error.WriteLine("grader: " + message),
        };
    }
}
