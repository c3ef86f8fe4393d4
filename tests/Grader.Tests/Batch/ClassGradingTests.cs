using System.Diagnostics;
using Grader.Gradebook;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>
/// The generated class of 60 × 10, graded by the real command: the gradebook and notas.csv hold exactly the
/// totals known in advance; a run killed halfway and restarted ends with the same gradebook.
/// Timing exercises are graded here, so the collection runs alone.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class ClassGradingTests(GeneratedClassFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<GeneratedClassFixture>
{
    [Fact]
    public void The_batch_completes_and_says_what_it_did()
    {
        output.WriteLine($"The class of {GeneratedClass.Students} × {fixture.Class.Exercises.Count} ({fixture.Class.Gradable} files) was graded in {fixture.Wall.TotalSeconds:0} s.");
        var results = fixture.Results;
        output.WriteLine($"Totals: mean {results.Students.Average(s => s.Total):0.0}, min {results.Students.Min(s => s.Total)}, max {results.Students.Max(s => s.Total)} of {results.MaxTotal}.");
        foreach (var exercise in results.Exercises)
        {
            var handed = results.Students.Select(s => s.Results.Single(r => r.ExerciseId == exercise.Id)).Where(r => r.Status != "missing").ToList();
            output.WriteLine($"{exercise.Id}: {handed.Count(r => r.Status == "pass")}/{handed.Count} passed");
        }

        output.WriteLine("Errors: " + string.Join(", ", results.Students.SelectMany(s => s.Results).Where(r => r.Reason is not null)
            .GroupBy(r => r.Reason).Select(g => $"{g.Key} {g.Count()}")));
        Assert.True(fixture.Run.ExitCode == 0, fixture.Run.Stderr + fixture.Run.Stdout);
        Assert.Contains($"{fixture.Class.Gradable} to grade", fixture.Run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"Graded {fixture.Class.Gradable} ", fixture.Run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cell_of_the_gradebook_is_the_known_grade()
    {
        var wrong = new List<string>();
        foreach (var student in fixture.Results.Students)
        {
            foreach (var result in student.Results)
            {
                var expected = fixture.Class.Cells[(student.Key, result.ExerciseId)];
                if (expected.Status != result.Status || expected.Reason != result.Reason || expected.Score != result.Score)
                {
                    wrong.Add($"{student.Key} {result.ExerciseId}: expected {expected}, got {result.Status} {result.Reason} {result.Score} ({result.Message.Es})");
                }
            }
        }

        Assert.Equal(GeneratedClass.Students, fixture.Results.Students.Count);
        Assert.Equal(fixture.Class.Exercises.Count, fixture.Results.Exercises.Count);
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void Notas_csv_has_each_students_known_total()
    {
        var lines = File.ReadAllLines(Path.Combine(fixture.Output, "notas.csv"));
        var header = lines[0].Split(',');
        Assert.Equal(["Student", "SIS User ID", "Identifier"], header[..3]);
        Assert.Equal(["Grade", "Maximum Grade"], header[^2..]);
        Assert.Equal(GeneratedClass.Students + 1, lines.Length);
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            var key = fields[1];
            Assert.Equal(fixture.Class.ExpectedTotal(key).ToString(System.Globalization.CultureInfo.InvariantCulture), fields[^2]);
            Assert.Equal("100", fields[^1]);
            Assert.StartsWith("Participant 10", fields[2], StringComparison.Ordinal);
            for (var e = 0; e < fixture.Class.Exercises.Count; e++)
            {
                Assert.Equal(fixture.Class.Cells[(key, header[3 + e])].Score.ToString(System.Globalization.CultureInfo.InvariantCulture), fields[3 + e]);
            }
        }
    }

    [Fact]
    public void Files_that_are_nobodys_exercise_are_listed_not_dropped()
    {
        Assert.Equal(fixture.Class.Unplaced.Order(StringComparer.Ordinal), fixture.Results.Unplaced.Select(u => u.Path));
        foreach (var path in fixture.Class.Unplaced)
        {
            Assert.Contains(path, fixture.Run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Running_again_grades_nothing_that_is_unchanged()
    {
        var (exitCode, stdout, stderr) = await GraderProcess.RunAsync(TimeSpan.FromMinutes(2), fixture.Root, "grade", fixture.Submissions, "--out", fixture.Output, "--exercises", RepoPaths.Exercises);

        Assert.True(exitCode == 0, stderr + stdout);
        Assert.Contains($"{fixture.Class.Gradable} already graded, 0 to grade", stderr, StringComparison.Ordinal);
        using var gradebook = GradebookStore.Open(Path.Combine(fixture.Output, GradebookStore.FileName));
        Assert.Equal(Canonical(fixture.Results), Canonical(gradebook.ReadClass()));
    }

    [Fact]
    public async Task A_run_killed_halfway_and_restarted_ends_with_the_same_gradebook()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "resultados");
        var gradebookPath = Path.Combine(output, GradebookStore.FileName);
        var half = fixture.Class.Gradable / 2;
        using (var process = Process.Start(GraderProcess.StartInfo(folder.Path, "grade", fixture.Submissions, "--out", output, "--jobs", "2", "--exercises", RepoPaths.Exercises))!)
        {
            process.StandardOutput.BaseStream.CopyToAsync(Stream.Null).GetAwaiter();
            process.StandardError.BaseStream.CopyToAsync(Stream.Null).GetAwaiter();
            var limit = Stopwatch.StartNew();
            while (GradebookProbe.Attempts(gradebookPath) < half && !process.HasExited && limit.Elapsed < TimeSpan.FromMinutes(10))
            {
                await Task.Delay(200);
            }

            // SIGKILL, as a crash or a power cut would: nothing of the grader gets to run after it.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var saved = GradebookProbe.Attempts(gradebookPath);
        Assert.InRange(saved, half, fixture.Class.Gradable - 1);

        var (exitCode, stdout, stderr) = await GraderProcess.RunAsync(TimeSpan.FromMinutes(20), folder.Path, "grade", fixture.Submissions, "--out", output, "--jobs", "2", "--exercises", RepoPaths.Exercises);

        Assert.True(exitCode == 0, stderr + stdout);
        Assert.Contains($"{saved} already graded, {fixture.Class.Gradable - saved} to grade", stderr, StringComparison.Ordinal);
        using var gradebook = GradebookStore.Open(gradebookPath);
        Assert.Equal(Canonical(fixture.Results), Canonical(gradebook.ReadClass()));
    }

    [Fact]
    public async Task Informe_html_of_the_class_renders_its_table_and_charts_in_chromium_without_errors()
    {
        var page = Path.Combine(fixture.Output, "informe.html");
        await using var browser = await HeadlessBrowser.StartAsync();

        await browser.OpenAsync(page);
        await browser.WaitForAsync(HeadlessBrowser.ChartsDrawn, TimeSpan.FromSeconds(60));

        Assert.Empty(browser.Errors);
        Assert.Equal(GeneratedClass.Students, (await browser.EvaluateAsync(
            $"document.querySelectorAll('#{Grader.Reporting.Class.StudentsSection.TableId} tbody tr').length")).GetInt32());
        var charts = (await browser.EvaluateAsync("document.querySelectorAll('canvas').length")).GetInt32();
        Assert.True(charts >= 3, $"{charts} charts");
        Assert.Equal(charts.ToString(System.Globalization.CultureInfo.InvariantCulture), (await browser.EvaluateAsync("document.body.dataset.charts")).GetString());
        Assert.Equal(charts, await browser.DrawnCanvasesAsync());
        var screenshot = await browser.ScreenshotAsync(Path.Combine(HeadlessBrowser.ArtifactsFolder, "informe-clase-60.png"));
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public void Every_student_gets_a_feedback_file_with_their_total()
    {
        var folder = Path.Combine(fixture.Output, "retroalimentacion");
        Assert.Equal(GeneratedClass.Students, Directory.EnumerateFiles(folder, "*.md").Count());
        Assert.Equal(GeneratedClass.Students, Directory.EnumerateFiles(folder, "*.html").Count());
        var names = Grader.Reporting.Class.FeedbackFileNames.For(fixture.Class.StudentKeys);
        foreach (var key in fixture.Class.StudentKeys)
        {
            var text = File.ReadAllText(Path.Combine(folder, names[key] + ".md"));
            Assert.Contains($"**Total: {fixture.Class.ExpectedTotal(key)} / 100**", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Identical_files_are_reported_as_similar_and_untouched_stubs_are_not()
    {
        using var gradebook = GradebookStore.Open(Path.Combine(fixture.Output, GradebookStore.FileName));
        var results = Grader.Batch.ClassOutput.Read(gradebook);
        var pairs = results.SimilarPairs;

        // Students in the same slot handed in the same solution: a chain of identical, passing files per exercise.
        foreach (var exercise in fixture.Class.Exercises)
        {
            var passing = fixture.Class.Cells.Count(c => c.Key.Exercise == exercise.Id && c.Value.Status == "pass");
            Assert.Equal(passing - 1, pairs.Count(p => p.ExerciseId == exercise.Id && p.Similarity >= 0.999
                && fixture.Class.Cells[(p.StudentA, p.ExerciseId)].Status == "pass" && fixture.Class.Cells[(p.StudentB, p.ExerciseId)].Status == "pass"));
        }

        Assert.DoesNotContain(pairs, p => IsStub(p.StudentA, p.ExerciseId) && IsStub(p.StudentB, p.ExerciseId));
        var page = File.ReadAllText(Path.Combine(fixture.Output, "informe.html"));
        Assert.Contains($"Se muestran las {Grader.Batch.ClassOutput.MaxReportedPairs} parejas más parecidas de {pairs.Count}", page, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(fixture.Output, "informe.html")).Length < 3_000_000);
    }

    private bool IsStub(string student, string exercise) =>
        fixture.Class.Cells[(student, exercise)] is { Status: "fail", Score: 0 } && fixture.Results.Students.Single(s => s.Key == student)
            .Results.Single(r => r.ExerciseId == exercise).ContentHash == Grader.Batch.HandIn.ContentHash(File.ReadAllText(RepoPaths.Exercise(exercise, "plantilla.csx")));

    /// <summary>The gradebook as grades: who got what on which check (not times, nor wording that quotes measurements).</summary>
    private static List<string> Canonical(ClassResults results) =>
        [.. results.Students.SelectMany(s => s.Results.Select(r =>
            $"{s.Key}|{r.ExerciseId}|{r.Status}|{r.Reason}|{r.Score}|{r.ContentHash}|" + string.Join(",", r.Checks.Select(c => $"{c.Name}:{c.Status}:{c.Score}"))))];
}
