using System.CommandLine;
using Grader.Exercises;

namespace Grader.Cli;

/// <summary><c>grader plantilla EXERCISE</c>: writes the student's stub from the reference solution.</summary>
internal static class TemplateCommand
{
    public static Command Create(CommonOptions common)
    {
        var exercise = new Argument<string>("ejercicio") { Description = "Exercise id." };
        var command = new Command("plantilla", "Write plantilla.csx from solucion.csx (blocks between // INICIO SOLUCIÓN and // FIN SOLUCIÓN).") { exercise };
        command.SetAction(parse =>
        {
            var found = ExerciseCatalog.Locate(parse.GetValue(common.Exercises)).Find(parse.GetValue(exercise)!);
            if (!File.Exists(found.SolutionPath))
            {
                throw new InvalidExerciseException($"{Path.Combine(found.Id, Exercise.SolutionFile)} is missing: the stub is made from it.");
            }

            var stub = StubGenerator.FromSolution(File.ReadAllText(found.SolutionPath));
            File.WriteAllText(found.TemplatePath, stub);
            Console.WriteLine(found.TemplatePath);
            return ExitCodes.Success;
        });
        return command;
    }
}
