using System.Diagnostics;
using System.Globalization;
using Grader.Gradebook;
using Grader.Tests.Support;
using Xunit.Abstractions;

namespace Grader.Tests.Batch;

/// <summary>
/// Grading files side by side must not change what any of them gets: the same class graded with one job and with
/// three ends with the same gradebook, cell by cell. The class holds exercises that measure time, so the collection
/// runs alone; it keeps other tests off the machine, not other programs, and a timing check can flip when something
/// else loads the cores during one of the runs.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class SerialParallelVerdictTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task Grading_with_three_jobs_gives_every_cell_the_verdict_of_grading_with_one()
    {
        using var folder = new TemporaryFolder();
        var files = WriteClass(Path.Combine(folder.Path, "entregas"));

        var serial = await Grade(folder, "A", jobs: 1);
        var parallel = await Grade(folder, "B", jobs: 3);

        Assert.True(serial.ExitCode == 0, serial.Stderr + serial.Stdout);
        Assert.True(parallel.ExitCode == 0, parallel.Stderr + parallel.Stdout);
        Assert.True(files > 40, $"Only {files} files: too few for jobs to overlap much.");
        Assert.Contains($"Graded {files} ", serial.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Graded {files} ", parallel.Stdout, StringComparison.Ordinal);
        // One attempt per file, so the latest attempt the cells are read from is the only one.
        Assert.Equal(files, GradebookProbe.Attempts(serial.Gradebook));
        Assert.Equal(files, GradebookProbe.Attempts(parallel.Gradebook));

        var serialCells = GradebookCells.Read(serial.Gradebook);
        var parallelCells = GradebookCells.Read(parallel.Gradebook);
        var differing = serialCells.Keys.Union(parallelCells.Keys)
            .OrderBy(c => c.Student, StringComparer.Ordinal).ThenBy(c => c.Exercise, StringComparer.Ordinal)
            .ThenBy(c => c.Check, StringComparer.Ordinal).ThenBy(c => c.Field, StringComparer.Ordinal)
            .Select(c => (Cell: c, Serial: serialCells.GetValueOrDefault(c, "(absent)"), Parallel: parallelCells.GetValueOrDefault(c, "(absent)")))
            .Where(d => d.Serial != d.Parallel)
            .Select(d => $"{d.Cell}: serial '{d.Serial}' vs parallel '{d.Parallel}'")
            .ToList();
        output.WriteLine($"{serialCells.Count} cells in the serial gradebook, {parallelCells.Count} in the parallel one, {differing.Count} differ.");
        Assert.True(differing.Count == 0,
            $"First differing cell: {differing.FirstOrDefault()}. {differing.Count} cell(s) differ in all:\n  " + string.Join("\n  ", differing.Take(20)));

        // Equal gradebooks prove little if every file got the same verdict, or if no timing check ever decided one.
        var statuses = serialCells.Where(c => c.Key.Check is null && c.Key.Field == "status").ToList();
        Assert.Contains(statuses, c => c.Value == "pass");
        Assert.Contains(statuses, c => c.Value == "fail");
        var timed = Support.Grading.Catalog.All().Where(e => e.Metadata.MeasuresTime).Select(e => e.Id).ToHashSet();
        Assert.True(timed.Any(id => statuses.Any(c => c.Key.Exercise == id && c.Value == "pass") && statuses.Any(c => c.Key.Exercise == id && c.Value == "fail")),
            $"No exercise with mide_tiempo ({string.Join(", ", timed)}) has both passing and failing files in the class.");
    }

    /// <summary>
    /// One student per wrong submission of Envios/, two who hand in every solution and one who hands in every stub.
    /// Returns how many files the class holds.
    /// </summary>
    private static int WriteClass(string submissions)
    {
        var files = 0;
        void HandIn(string student, string exerciseId, string source)
        {
            var dir = Directory.CreateDirectory(Path.Combine(submissions, student)).FullName;
            File.Copy(source, Path.Combine(dir, exerciseId + ".csx"));
            files++;
        }

        foreach (var exercise in Support.Grading.Catalog.All())
        {
            var number = exercise.Id.Split('-')[0];
            var wrong = Path.Combine(RepoPaths.Submissions, exercise.Id);
            if (Directory.Exists(wrong))
            {
                foreach (var file in Directory.EnumerateFiles(wrong, "*.csx"))
                {
                    HandIn($"envio-{number}-{Path.GetFileNameWithoutExtension(file)}", exercise.Id, file);
                }
            }

            HandIn("solucion-1", exercise.Id, exercise.SolutionPath);
            HandIn("solucion-2", exercise.Id, exercise.SolutionPath);
            HandIn("plantilla", exercise.Id, exercise.TemplatePath);
        }

        return files;
    }

    private async Task<(int ExitCode, string Stdout, string Stderr, string Gradebook)> Grade(TemporaryFolder folder, string outputFolder, int jobs)
    {
        var watch = Stopwatch.StartNew();
        var (exitCode, stdout, stderr) = await GraderProcess.RunAsync(RunLimit, folder.Path,
            "grade", "entregas", "--out", outputFolder, "--jobs", jobs.ToString(CultureInfo.InvariantCulture), "--exercises", RepoPaths.Exercises);
        output.WriteLine($"--jobs {jobs}: {watch.Elapsed.TotalSeconds:0} s wall; " + stdout.Split('\n').FirstOrDefault(l => l.StartsWith("Graded ", StringComparison.Ordinal)));
        return (exitCode, stdout, stderr, Path.Combine(folder.Path, outputFolder, GradebookStore.FileName));
    }
}
