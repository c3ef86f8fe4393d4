using System.IO.Compression;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>
/// <c>grader grade</c> and <c>grader merge</c> on a small class of exercises that time nothing: resume, --force,
/// a zip, and shards merged into the same grades as one run.
/// </summary>
public sealed class GradeCommandTests
{
    [Fact]
    public async Task A_rerun_grades_nothing_and_force_regrades_everything()
    {
        using var folder = SmallClass();
        var output = Path.Combine(folder.Path, "out");

        var first = await Grade(folder, "entregas", output);
        var again = await Grade(folder, "entregas", output);
        var forced = await Grade(folder, "entregas", output, "--force");

        Assert.True(first.ExitCode == 0, first.Stderr + first.Stdout);
        Assert.Contains("0 already graded, 4 to grade", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("4 already graded, 0 to grade", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 already graded, 4 to grade", forced.Stderr, StringComparison.Ordinal);
        Assert.Equal(first.Notas, File.ReadAllText(Path.Combine(output, "notas.csv")));
    }

    [Fact]
    public async Task Two_shards_merged_give_the_grades_of_one_run_and_a_zip_grades_like_its_folder()
    {
        using var folder = SmallClass();
        ZipFile.CreateFromDirectory(Path.Combine(folder.Path, "entregas"), Path.Combine(folder.Path, "entregas.zip"), CompressionLevel.Fastest, includeBaseDirectory: true);

        var whole = await Grade(folder, "entregas.zip", Path.Combine(folder.Path, "whole"));
        var one = await Grade(folder, "entregas", Path.Combine(folder.Path, "one"), "--shard", "1/2");
        var two = await Grade(folder, "entregas", Path.Combine(folder.Path, "two"), "--shard", "2/2");
        var merged = await GraderProcess.RunAsync(folder.Path, "merge", "--out", "merged", "one", "two", "--exercises", RepoPaths.Exercises);

        Assert.True(merged.ExitCode == 0, merged.Stderr + merged.Stdout);
        Assert.Equal(whole.Notas, File.ReadAllText(Path.Combine(folder.Path, "merged", "notas.csv")));
        Assert.Contains("Ana Ruiz,Ana Ruiz_7,Participant 7,0,0,0,10,0,0,0,0,0,0,10,100", whole.Notas, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.Path, "merged", "informe.html")));
        Assert.NotEqual(one.Notas, two.Notas);
    }

    [Fact]
    public async Task Ctrl_c_stops_the_batch_saves_what_was_graded_writes_whole_reports_and_the_next_run_goes_on()
    {
        using var folder = SolutionCopies(12);

        var output = Path.Combine(folder.Path, "out");
        var gradebook = Path.Combine(output, Grader.Gradebook.GradebookStore.FileName);
        using var process = System.Diagnostics.Process.Start(GraderProcess.StartInfo(folder.Path, "grade", "entregas", "--out", output, "--exercises", RepoPaths.Exercises))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        while (!process.HasExited && GradebookProbe.Attempts(gradebook) == 0)
        {
            await Task.Delay(100);
        }

        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
        var saved = GradebookProbe.Attempts(gradebook);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Stopped before the end", await stdout, StringComparison.Ordinal);
        Assert.InRange(saved, 1, 11);
        Assert.Equal(saved + 1, File.ReadAllLines(Path.Combine(output, "notas.csv")).Length);
        Assert.EndsWith("</html>", File.ReadAllText(Path.Combine(output, "informe.html")).TrimEnd(), StringComparison.Ordinal);
        var again = await Grade(folder, "entregas", output);
        Assert.Contains($"{saved} already graded, {12 - saved} to grade", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(12, GradebookProbe.Attempts(gradebook));
        _ = await stderr;
    }

    [Fact]
    public async Task Runs_survive_the_thread_pool_retiring_the_threads_that_started_them()
    {
        // bwrap dies with the thread that forked it: with pool threads retired after 50 ms idle, every run started
        // from a pool thread was SIGKILLed mid-run (measured: 24 of 24 crashed, exit 137, before ForkingThread).
        if (!Grader.Execution.Isolation.HostTools.Current.BwrapWorks)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must have bubblewrap.");
            return;
        }

        using var folder = SolutionCopies(8);

        var start = GraderProcess.StartInfo(folder.Path, "grade", "entregas", "--out", "out", "--jobs", "2", "--exercises", RepoPaths.Exercises);
        start.Environment["DOTNET_ThreadPool_ThreadTimeoutMs"] = "50";
        var (exit, stdout, stderr) = await GraderProcess.RunAsync(start, TimeSpan.FromMinutes(3));

        var printed = stdout + stderr;
        Assert.True(exit == 0, printed);
        Assert.Contains("Graded 8 (pass 8, fail 0, error 0)", printed, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr, string Notas)> Grade(TemporaryFolder folder, string submissions, string output, params string[] extra)
    {
        var (exit, stdout, stderr) = await GraderProcess.RunAsync(TimeSpan.FromMinutes(3), folder.Path,
            ["grade", submissions, "--out", output, "--exercises", RepoPaths.Exercises, .. extra]);
        var notas = Path.Combine(output, "notas.csv");
        return (exit, stdout, stderr, File.Exists(notas) ? File.ReadAllText(notas) : "");
    }

    /// <summary><paramref name="count"/> students, each with 02's solution made a file of their own by a comment.</summary>
    private static TemporaryFolder SolutionCopies(int count)
    {
        var folder = new TemporaryFolder();
        for (var i = 0; i < count; i++)
        {
            var dir = Directory.CreateDirectory(Path.Combine(folder.Path, "entregas", $"alumno{i:00}")).FullName;
            File.WriteAllText(Path.Combine(dir, "02-procesos-hilos.csx"), $"// {i}\n" + File.ReadAllText(RepoPaths.Exercise("02-procesos-hilos", "solucion.csx")));
        }

        return folder;
    }

    /// <summary>Four students, exercises 02 and 04 (no timing, fast): correct, wrong, stub.</summary>
    private static TemporaryFolder SmallClass()
    {
        var folder = new TemporaryFolder();
        void Put(string student, string exercise, string source)
        {
            var dir = Path.Combine(folder.Path, "entregas", student);
            Directory.CreateDirectory(dir);
            File.Copy(source, Path.Combine(dir, exercise + ".csx"));
        }

        Put("Ana Ruiz_7_assignsubmission_file_", "04-multiproceso", RepoPaths.Exercise("04-multiproceso", "solucion.csx"));
        Put("Luis Paz_8_assignsubmission_file_", "04-multiproceso", RepoPaths.Exercise("04-multiproceso", "plantilla.csx"));
        Put("Marta Gil_9_assignsubmission_file_", "02-procesos-hilos", RepoPaths.Exercise("02-procesos-hilos", "solucion.csx"));
        Put("Pablo Sanz_10_assignsubmission_file_", "02-procesos-hilos",
            Directory.EnumerateFiles(Path.Combine(RepoPaths.Submissions, "02-procesos-hilos"), "*.csx").Order(StringComparer.Ordinal).First());
        return folder;
    }
}
