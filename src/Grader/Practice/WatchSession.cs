using System.Threading.Channels;
using Grader.Exercises;
using Grader.Grading;
using Grader.Reporting;
using Spectre.Console;

namespace Grader.Practice;

/// <summary>
/// <c>grader vigilar</c>'s loop, rustlings' way: one current exercise whose file is checked again each time it is
/// saved, with the same feedback as <c>grader check</c>, the course's progress bar, hints one level per key press, and
/// keys to move on. Events are handled one at a time on one task, so the screen and the state never race.
/// </summary>
internal sealed class WatchSession(CourseProgress progress, IAnsiConsole console, Language language)
{
    private static readonly Style Bold = Style.Parse("bold");
    private static readonly Style Green = Style.Parse("green");
    private static readonly Style Grey = Style.Parse("grey");
    private static readonly Style Yellow = Style.Parse("yellow");

    private readonly PracticeText text = PracticeText.For(language);
    private ExerciseProgress[] rows = [];
    private int current;
    private HintLadder hints = new([]);

    /// <summary>The hash of the file whose feedback is on screen: a save that changed nothing is not checked again.</summary>
    private string? shownSha;

    public Exercise Current => progress.Exercises[current];

    public async Task RunAsync(string? start, ChannelReader<WatchEvent> events, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(events);
        Say((text.Checking + " " + VisibleText.Line(progress.Folder) + "…", Grey));
        rows = [.. await progress.AllAsync(cancellation).ConfigureAwait(false)];
        var first = start is not null
            ? Array.FindIndex(rows, r => r.Exercise.Id == start)
            : Array.FindIndex(rows, r => r.State != ExerciseState.Passing);
        // Every exercise passes (or the one asked for is gone): the course's first.
        MoveTo(Math.Max(0, first));
        await ShowCurrentAsync(force: true, cancellation).ConfigureAwait(false);
        await foreach (var next in events.ReadAllAsync(cancellation).ConfigureAwait(false))
        {
            switch (next)
            {
                case FileSaved:
                    await ShowCurrentAsync(force: false, cancellation).ConfigureAwait(false);
                    break;
                case KeyPressed { Key: 'q' or 'Q' }:
                    return;
                case KeyPressed { Key: 's' or 'S' or 'n' or 'N' }:
                    await NextAsync(cancellation).ConfigureAwait(false);
                    break;
                case KeyPressed { Key: 'p' or 'P' or 'h' or 'H' }:
                    ShowNextHint();
                    break;
                case KeyPressed { Key: 'l' or 'L' }:
                    ShowList();
                    break;
                case KeyPressed { Key: 't' or 'T' or 'a' or 'A' }:
                    Say((text.Checking + "…", Grey));
                    rows = [.. await progress.AllAsync(cancellation).ConfigureAwait(false)];
                    ShowList();
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>True when a file name in the folder is the current exercise's (asked on the watcher's threads).</summary>
    public bool IsCurrentFile(string? name) => rows.Length > 0 && StudentFiles.IsFileOf(name, Current);

    private void MoveTo(int index)
    {
        current = index;
        hints = new HintLadder(Current.Metadata.Hints);
        shownSha = null;
    }

    private async Task NextAsync(CancellationToken cancellation)
    {
        // The next exercise that does not pass, after this one and round the course.
        var next = Enumerable.Range(1, rows.Length - 1)
            .Select(step => (current + step) % rows.Length)
            .Where(i => rows[i].State != ExerciseState.Passing)
            .Select(i => (int?)i)
            .FirstOrDefault();
        if (next is null)
        {
            Say(rows[current].State == ExerciseState.Passing ? (text.AllPass, Green) : (text.OnlyThisLeft, Yellow));
            return;
        }

        MoveTo(next.Value);
        await ShowCurrentAsync(force: true, cancellation).ConfigureAwait(false);
    }

    /// <summary>Checks the current exercise's file and draws the screen; does nothing when the file has not changed.</summary>
    private async Task ShowCurrentAsync(bool force, CancellationToken cancellation)
    {
        var exercise = Current;
        var path = StudentFiles.Find(progress.Folder, exercise);
        if (path is null)
        {
            shownSha = null;
            rows[current] = new ExerciseProgress(exercise, ExerciseState.NotStarted, 0, null);
            Draw(report: null, problem: string.Format(System.Globalization.CultureInfo.InvariantCulture, text.NoFile, exercise.Id));
            return;
        }

        SourceFileAndHash read;
        try
        {
            read = StudentFiles.Read(path);
        }
        catch (BadInputException e)
        {
            shownSha = null;
            Draw(report: null, problem: e.Message);
            return;
        }

        if (!force && read.Sha256 == shownSha)
        {
            return;
        }

        Say((text.Checking + " " + VisibleText.Line(read.Source.DisplayName) + "…", Grey));
        var (state, report) = await progress.GradeAsync(ExerciseSources.Read(exercise), path, read, cancellation).ConfigureAwait(false);
        rows[current] = state;
        shownSha = read.Sha256;
        Draw(report, problem: null);
    }

    private void Draw(GradeReport? report, string? problem)
    {
        console.Clear(home: true);
        if (report is not null)
        {
            new TextReportWriter(console, language).Write(report);
        }

        if (problem is not null)
        {
            Say((problem, Yellow));
        }

        if (rows[current].State == ExerciseState.Passing)
        {
            Say((text.Passed, Green.Combine(Bold)));
        }

        console.WriteLine();
        console.Write(ProgressView.Bar(rows, language));
        console.WriteLine();
        foreach (var (level, hint) in hints.Seen)
        {
            SayHint(level, hint.In(language));
        }

        Say((text.Keys, Grey));
    }

    private void ShowNextHint()
    {
        if (hints.Next() is { } next)
        {
            SayHint(next.Level, next.Hint.In(language));
        }
        else
        {
            Say((hints.Count == 0 ? text.NoHints : string.Format(System.Globalization.CultureInfo.InvariantCulture, text.AllHintsSeen, hints.Count), Yellow));
        }
    }

    private void ShowList()
    {
        console.Clear(home: true);
        console.Write(ProgressView.Table(rows, language));
        console.Write(ProgressView.Bar(rows, language));
        console.WriteLine();
        Say((text.Keys, Grey));
    }

    private void SayHint(int level, string hint) =>
        Say((string.Format(System.Globalization.CultureInfo.InvariantCulture, text.HintOf, level, hints.Count) + ": ", Bold), (hint, Style.Plain));

    /// <summary>One line of literal text (never markup), its control characters drawn.</summary>
    private void Say(params (string Text, Style Style)[] pieces)
    {
        var line = new Paragraph();
        foreach (var (piece, style) in pieces)
        {
            line.Append(VisibleText.Line(piece), style);
        }

        console.Write(line);
        console.WriteLine();
    }
}
