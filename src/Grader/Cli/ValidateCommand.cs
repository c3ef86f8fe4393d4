using System.CommandLine;
using Grader.Authoring;
using Grader.Exercises;
using Grader.Grading;
using Spectre.Console;

namespace Grader.Cli;

/// <summary><c>grader validar [EXERCISE]</c>: proves one exercise, or all of them, before students see it.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommonOptions common)
    {
        var exercise = new Argument<string?>("ejercicio") { Description = "Exercise id; all of them when left out.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("validar", "Prove an exercise: solution gets full points, stub compiles and fails every check, stub up to date.") { exercise };
        command.SetAction(async (parse, cancellation) =>
        {
            var catalog = ExerciseCatalog.Locate(parse.GetValue(common.Exercises));
            var id = parse.GetValue(exercise);
            var exercises = id is null ? catalog.All() : [catalog.Find(id)];
            var validator = new ExerciseValidator(common.Pipeline(parse));
            var console = Terminal.Stdout();
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Ejercicio").AddColumn("Prueba").AddColumn("").AddColumn("Detalle");
            var allOk = true;
            foreach (var item in exercises)
            {
                foreach (var finding in await validator.ValidateAsync(item, cancellation).ConfigureAwait(false))
                {
                    allOk &= finding.Ok;
                    table.AddRow(Markup.Escape(finding.Exercise), Markup.Escape(finding.What), finding.Ok ? "[green]✔[/]" : "[red]✘[/]", Markup.Escape(finding.Detail));
                }
            }

            console.Write(table);
            return allOk ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
