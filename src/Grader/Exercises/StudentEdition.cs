using Grader.Reporting;

namespace Grader.Exercises;

/// <summary>
/// The course as students receive it (inside the tool's package or a folder handed out): of each exercise only the
/// files named here. A list of what goes out, not of what stays in, so that a file the instructor adds to an
/// exercise (a solution, notes) stays with the instructor until someone decides to publish it. Hidden checks are such
/// a file (<see cref="Exercise.HiddenChecksFile"/>): the edition declares them in ejercicio.yaml, without their code.
/// </summary>
internal static class StudentEdition
{
    public static IReadOnlyList<string> Files { get; } = [Exercise.MetadataFile, Exercise.StatementFile, Exercise.TemplateFile, Exercise.ChecksFile];

    /// <returns>The exercises published.</returns>
    public static IReadOnlyList<Exercise> Publish(ExerciseCatalog course, string destination)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(destination);
        var exercises = course.All();
        if (exercises.Count == 0)
        {
            throw new InvalidExerciseException(UiText.Say($"No hay ejercicios en {course.Shown}.", $"There are no exercises in {course.Shown}."));
        }

        if (Directory.Exists(destination) && Directory.EnumerateFileSystemEntries(destination).Any())
        {
            // Publishing over an earlier edition would keep whatever that one held and this one no longer publishes.
            throw new InvalidExerciseException(UiText.Say(
                $"La carpeta «{destination}» no está vacía: publica en una carpeta nueva o vacía.",
                $"The folder '{destination}' is not empty: publish into a new or empty folder."));
        }

        foreach (var exercise in exercises)
        {
            var target = Directory.CreateDirectory(Path.Combine(destination, exercise.Id)).FullName;
            foreach (var file in Files)
            {
                var source = Path.Combine(exercise.Directory, file);
                if (File.Exists(source))
                {
                    Copy(source, Path.Combine(target, file));
                }
            }
        }

        return exercises;
    }

    /// <summary>The file's bytes, never a link: a course's link could point at the solution.</summary>
    private static void Copy(string source, string target)
    {
        if (new FileInfo(source).LinkTarget is not null)
        {
            throw new InvalidExerciseException(UiText.Say(
                $"«{source}» es un enlace simbólico: la edición para estudiantes se hace solo con archivos normales.",
                $"'{source}' is a symbolic link: the student edition is made of plain files only."));
        }

        File.Copy(source, target);
    }
}
