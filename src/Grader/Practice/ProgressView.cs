using System.Globalization;
using Grader.Grading;
using Grader.Reporting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Grader.Practice;

/// <summary>
/// The course's progress drawn for a terminal: the table of <c>grader progreso</c> and the bar of <c>grader vigilar</c>.
/// Every cell is literal text (<see cref="Text"/>, never markup), with control characters drawn: an exercise's id is a
/// folder's name.
/// </summary>
internal static class ProgressView
{
    private static readonly Style Green = Style.Parse("green");
    private static readonly Style Yellow = Style.Parse("yellow");
    private static readonly Style Red = Style.Parse("red");
    private static readonly Style Grey = Style.Parse("grey");
    private static readonly Style Bold = Style.Parse("bold");

    public static Table Table(IReadOnlyList<ExerciseProgress> rows, Language language)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var labels = Labels.For(language);
        var text = PracticeText.For(language);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(labels.Exercise)
            .AddColumn(labels.Title)
            .AddColumn(text.State)
            .AddColumn(new TableColumn(labels.Points).RightAligned());
        foreach (var row in rows)
        {
            table.AddRow(
                new Text(VisibleText.Line(row.Exercise.Id)),
                new Text(VisibleText.Line(row.Exercise.Metadata.Title.In(language))),
                new Text(text.Of(row.State), StyleOf(row.State)),
                new Text(Points(row.Score, row.MaxScore)));
        }

        table.AddRow(
            new Text(text.Total, Bold),
            new Text(""),
            new Text($"{rows.Count(r => r.State == ExerciseState.Passing)}/{rows.Count} {text.PassCount}", Bold),
            new Text(Points(rows.Sum(r => r.Score), rows.Sum(r => r.MaxScore)), Bold));
        var pending = rows.SelectMany(r => r.Exercise.PendingHiddenChecks).ToList();
        if (pending.Count > 0)
        {
            // The points shown are out of the visible checks: the rest is graded on submission, never implied passed.
            var note = new PendingHiddenChecks(pending.Count, pending.Sum(c => c.Points)).Note(rows.Sum(r => r.Score), rows.Sum(r => r.MaxScore));
            table.Caption(new TableTitle(note.In(language), Grey));
        }

        return table;
    }

    /// <summary>"Progreso: ███░░░░░░░ 3/10 ejercicios pasan".</summary>
    public static IRenderable Bar(IReadOnlyList<ExerciseProgress> rows, Language language)
    {
        ArgumentNullException.ThrowIfNull(rows);
        const int width = 20;
        var text = PracticeText.For(language);
        var passing = rows.Count(r => r.State == ExerciseState.Passing);
        var filled = rows.Count == 0 ? 0 : passing * width / rows.Count;
        var bar = new Paragraph();
        bar.Append(text.Progress + ": ", Bold);
        bar.Append(new string('█', filled), Green);
        bar.Append(new string('░', width - filled), Grey);
        bar.Append($" {passing}/{rows.Count} {text.ExercisesPass}", Style.Plain);
        return bar;
    }

    private static Style StyleOf(ExerciseState state) => state switch
    {
        ExerciseState.Passing => Green,
        ExerciseState.Failing => Red,
        ExerciseState.Unfinished => Yellow,
        _ => Grey,
    };

    private static string Points(int score, int max) => string.Create(CultureInfo.InvariantCulture, $"{score}/{max}");
}
