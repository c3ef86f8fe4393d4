using System.CommandLine;
using Grader.Exercises;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary><c>grader curso publicar --alumnos DIR</c>: the student edition of the course, without solutions.</summary>
internal static class CourseCommand
{
    public static Command Create(CommonOptions common)
    {
        var students = new Option<string>("--alumnos")
        {
            Description = UiText.Say("Carpeta donde escribir la edición para estudiantes (nueva o vacía).", "Folder to write the student edition into (new or empty)."),
            Required = true,
        };
        var publish = new Command("publicar", UiText.Say("Escribe la edición para estudiantes: enunciados, plantillas, metadatos y comprobaciones; sin soluciones.", "Write the student edition: statements, stubs, metadata and checks; no solutions.")) { students };
        publish.SetAction(parse =>
        {
            var course = ExerciseCatalog.Locate(parse.GetValue(common.Exercises));
            var destination = parse.GetValue(students)!;
            var published = StudentEdition.Publish(course, destination);
            var language = common.LanguageOf(parse);
            Console.WriteLine(language == Language.En
                ? $"{published.Count} exercises published in {destination} (no solutions)."
                : $"{published.Count} ejercicios publicados en {destination} (sin soluciones).");
            return ExitCodes.Success;
        });
        return new Command("curso", UiText.Say("El curso entero: publica la edición para estudiantes.", "The course as a whole: publish the student edition.")) { publish };
    }
}
