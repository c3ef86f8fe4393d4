using System.CommandLine;
using Grader.Exercises;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary><c>grader plantilla EXERCISE</c>: writes the student's stub from the reference solution.</summary>
internal static class TemplateCommand
{
    public static Command Create(CommonOptions common)
    {
        var exercise = new Argument<string>(UiText.Say("ejercicio", "exercise"))
        {
            Description = UiText.Say("Id del ejercicio.", "Exercise id."),
        };
        var command = new Command("plantilla", UiText.Say("Escribe plantilla.csx a partir de solucion.csx (los bloques entre // INICIO SOLUCIÓN y // FIN SOLUCIÓN).", "Write plantilla.csx from solucion.csx (blocks between // INICIO SOLUCIÓN and // FIN SOLUCIÓN).")) { exercise };
        command.SetAction(parse =>
        {
            var found = ExerciseCatalog.Locate(parse.GetValue(common.Exercises)).Resolve(parse.GetValue(exercise)!);
            if (!File.Exists(found.SolutionPath))
            {
                var solution = Path.Combine(found.Id, Exercise.SolutionFile);
                throw new InvalidExerciseException(UiText.Say($"Falta {solution}: la plantilla se genera a partir de ese archivo.", $"{solution} is missing: the stub is made from it."));
            }

            var stub = StubGenerator.FromSolution(File.ReadAllText(found.SolutionPath));
            File.WriteAllText(found.TemplatePath, stub);
            Console.WriteLine(found.TemplatePath);
            return ExitCodes.Success;
        });
        return command;
    }
}
