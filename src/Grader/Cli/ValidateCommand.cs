using System.CommandLine;
using Grader.Authoring;
using Grader.Exercises;
using Grader.Grading;
using Spectre.Console;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary><c>grader validar [EXERCISE]</c>: proves one exercise, or all of them, before students see it.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommonOptions common)
    {
        var exercise = new Argument<string?>(UiText.Say("ejercicio", "exercise"))
        {
            Description = UiText.Say("Id del ejercicio; todos si no se indica.", "Exercise id; all of them when left out."),
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("validar", UiText.Say("Prueba un ejercicio: la solución saca todos los puntos, la plantilla compila, falla cada comprobación y está al día.", "Prove an exercise: solution gets full points, stub compiles and fails every check, stub up to date.")) { exercise };
        command.SetAction(async (parse, cancellation) =>
        {
            var catalog = ExerciseCatalog.Locate(parse.GetValue(common.Exercises));
            var id = parse.GetValue(exercise);
            var exercises = id is null ? catalog.All() : [catalog.Resolve(id)];
            var validator = new ExerciseValidator(common.Pipeline(parse));
            var console = Terminal.Stdout();
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(UiText.Say("Ejercicio", "Exercise")).AddColumn(UiText.Say("Prueba", "Test")).AddColumn("").AddColumn(UiText.Say("Detalle", "Detail"));
            var language = UiText.Current;
            var allOk = true;
            foreach (var item in exercises)
            {
                foreach (var finding in await validator.ValidateAsync(item, cancellation).ConfigureAwait(false))
                {
                    allOk &= finding.Ok;
                    table.AddRow(Markup.Escape(finding.Exercise), Markup.Escape(finding.What.In(language)), finding.Ok ? "[green]✔[/]" : "[red]✘[/]", Markup.Escape(finding.Detail.In(language)));
                }
            }

            console.Write(table);
            return allOk ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
