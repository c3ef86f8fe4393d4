using System.CommandLine;
using Grader.Batch;
using Grader.Exercises;
using Grader.Gradebook;
using Grader.Grading;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary>
/// <c>grader grade ENTREGAS</c>: a whole class into a gradebook and the instructor's reports. Exit 0 when every file
/// was graded (whatever the students scored), 1 when stopped or when the grader failed on some file, 2 on bad input.
/// </summary>
internal static class GradeCommand
{
    public static Command Create(CommonOptions common)
    {
        var submissions = new Argument<string>(UiText.Say("entregas", "submissions"))
        {
            Description = UiText.Say("Carpeta con una carpeta por estudiante (ALUMNO/ID.csx), la carpeta de descarga de Moodle, o un .zip de cualquiera de las dos.", "Folder of students' folders (ALUMNO/ID.csx), Moodle's download folder, or a .zip of either."),
        };
        var output = new Option<string>("--out") { Description = UiText.Say("Carpeta de salida: registro de notas, informe.html, notas.csv, retroalimentacion/.", "Output folder: gradebook, informe.html, notas.csv, retroalimentacion/."), DefaultValueFactory = _ => "resultados" };
        var jobs = new Option<int>("--jobs") { Description = UiText.Say("Entregas corregidas a la vez (los ejercicios que miden tiempo se corrigen siempre solos). Por defecto: núcleos + 1.", "Submissions graded at once (exercises that measure time always run alone). Default: cores + 1."), DefaultValueFactory = _ => BatchJobs.Default };
        var force = new Option<bool>("--force") { Description = UiText.Say("Vuelve a corregirlo todo, también los archivos ya corregidos con la misma versión del ejercicio.", "Regrade everything, even files already graded against the same exercise version.") };
        var shard = new Option<string?>("--shard") { Description = UiText.Say("i/n: corrige solo esta parte fija de los estudiantes (une los registros de notas con grader merge).", "i/n: grade only this deterministic share of the students (join the gradebooks with grader merge).") };
        var command = new Command("grade", UiText.Say("Corrige una clase entera: registro de notas (SQLite), informe.html, notas.csv y retroalimentación por estudiante.", "Grade a whole class: gradebook (SQLite), informe.html, notas.csv and feedback per student."))
        {
            submissions, output, jobs, force, shard,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var catalog = ExerciseCatalog.Locate(parse.GetValue(common.Exercises));
            var exercises = catalog.All();
            if (exercises.Count == 0)
            {
                throw new BadInputException(UiText.Say($"No hay ejercicios en {catalog.Shown}.", $"There are no exercises in {catalog.Shown}."));
            }

            if (exercises.FirstOrDefault(e => e.PendingHiddenChecks.Count > 0) is { } partial)
            {
                // A class's grades are final: without the hidden checks' code they would be out of the visible points.
                throw new BadInputException(UiText.Say(
                    $"{partial.Id} declara comprobaciones ocultas pero no hay {Exercise.HiddenChecksFile} en {catalog.Shown}: corrige una clase con la carpeta del curso del profesor (--exercises).",
                    $"{partial.Id} declares hidden checks but has no {Exercise.HiddenChecksFile} in {catalog.Shown}: grade a class with the instructor's course folder (--exercises)."));
            }

            if (parse.GetValue(jobs) < 1)
            {
                throw new BadInputException(UiText.Say("--jobs tiene que ser al menos 1.", "--jobs must be at least 1."));
            }

            var share = Shard.Parse(parse.GetValue(shard));
            var pipeline = common.Pipeline(parse);
            var log = Console.Error;
            var inbox = SubmissionInbox.Open(parse.GetValue(submissions)!, exercises);
            var submissionsAccess = SubmissionsAccess.CloseToRuns(parse.GetValue(submissions)!, pipeline.Isolation);
            var folder = parse.GetValue(output)!;
            OwnerOnly.CreateFolder(folder);
            using var gradebook = GradebookStore.Open(Path.Combine(folder, GradebookStore.FileName));
            var sources = exercises.ToDictionary(e => e.Id, ExerciseSources.Read);
            foreach (var exercise in exercises)
            {
                gradebook.RegisterExercise(exercise, sources[exercise.Id].Version, File.Exists(exercise.TemplatePath) ? await File.ReadAllTextAsync(exercise.TemplatePath, cancellation).ConfigureAwait(false) : null);
            }

            gradebook.RegisterUnplaced(inbox.Unplaced);
            var mine = inbox.HandIns.Where(h => share.Owns(h.StudentKey)).ToList();
            var pending = mine
                .Select(h => new BatchJob(h, sources[h.ExerciseId]))
                .Where(j => parse.GetValue(force) || !gradebook.IsGraded(j.HandIn, j.ExerciseVersion))
                .ToList();
            await log.WriteLineAsync($"grader: {mine.Count} files of {mine.Select(h => h.StudentKey).Distinct().Count()} students"
                + (share.Count > 1 ? $" (shard {share})" : "") + $"; {mine.Count - pending.Count} already graded, {pending.Count} to grade; {inbox.Unplaced.Count} files not placed.").ConfigureAwait(false);

            IBatchProgress progress = Console.IsErrorRedirected || Console.IsOutputRedirected
                ? new PlainBatchProgress(Console.Out)
                : new LiveBatchProgress(Terminal.Stdout());
            if (!pipeline.Isolation.Full && pending.Count > 0)
            {
                BatchSummaryWriter.WriteIsolationWarning(log, pipeline.Isolation);
            }

            var summary = await new BatchGrader(pipeline, gradebook, progress)
                .GradeAsync(pending, mine.Count - pending.Count, parse.GetValue(jobs), cancellation).ConfigureAwait(false);
            var results = ClassOutput.Write(gradebook, folder, common.LanguageOf(parse));
            BatchSummaryWriter.Write(Console.Out, summary, results, folder, gradebook.Path, pipeline.Isolation, submissionsAccess);
            return summary.Cancelled || summary.GraderFaults > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
