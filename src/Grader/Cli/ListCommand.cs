using System.CommandLine;
using System.Text.Json;
using Grader.Exercises;
using Grader.Reporting;
using Spectre.Console;

namespace Grader.Cli;

/// <summary><c>grader list</c>: the exercises, with their points.</summary>
internal static class ListCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(CommonOptions common)
    {
        var command = new Command("list", UiText.Say("Lista los ejercicios con sus puntos.", "List the exercises with their points."));
        command.SetAction(parse =>
        {
            var catalog = ExerciseCatalog.Locate(parse.GetValue(common.Exercises));
            var exercises = catalog.All();
            var language = common.LanguageOf(parse);
            if (common.Json(parse))
            {
                var rows = exercises.Select(e => new { id = e.Id, title = e.Metadata.Title.In(language), points = e.MaxScore, checks = e.Metadata.Checks.Count });
                Console.WriteLine(JsonSerializer.Serialize(rows, Indented));
                return ExitCodes.Success;
            }

            var labels = Labels.For(language);
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(labels.Exercise)
                .AddColumn(labels.Title)
                .AddColumn(new TableColumn(labels.Checks).RightAligned())
                .AddColumn(new TableColumn(labels.Points).RightAligned());
            foreach (var e in exercises)
            {
                table.AddRow(Markup.Escape(e.Id), Markup.Escape(e.Metadata.Title.In(language)), e.Metadata.Checks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), e.MaxScore.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var console = Terminal.Stdout();
            if (!catalog.IsBundled)
            {
                console.MarkupLine($"[grey]{Markup.Escape(catalog.Shown)}[/]");
            }

            console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
