using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Grader.Compilation;
using Grader.Execution;
using Grader.Execution.Isolation;
using Grader.Exercises;
using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Execution;

/// <summary>
/// The sandbox without bubblewrap, where runs share the host's filesystem: hostile runs must not reach one another's
/// folders, leave nothing behind, survive their cleanup, or read what lies next to the runner. Each run here is a
/// real runner; the attacks are the ones a `--jobs 2` batch of hostile submissions showed.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed partial class FallbackSandboxTests
{
    private static readonly ExerciseCatalog Attacks = new(Path.Combine(RepoPaths.Root, "tests", "Grader.Tests", "Ataques", "ejercicios"));

    private static IIsolation WithoutBubblewrap() => LayeredIsolation.Create(HostTools.Current with { BwrapWorks = false })!;

    [FallbackFact]
    public async Task A_run_can_neither_list_the_other_runs_nor_enter_their_folders()
    {
        var isolation = WithoutBubblewrap();
        var seen = new StringBuilder();
        var folderOfA = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runA = Run(isolation, "00-ataque", """
            Console.WriteLine("CARPETA " + Environment.CurrentDirectory);
            Thread.Sleep(4000);
            """, chunk =>
        {
            lock (seen)
            {
                seen.Append(chunk);
                if (Folder().Match(seen.ToString()) is { Success: true } match)
                {
                    folderOfA.TrySetResult(match.Groups[1].Value);
                }
            }
        });
        if (await Task.WhenAny(folderOfA.Task, runA) == runA)
        {
            Assert.Fail("The first run ended before it told its folder: " + Support.Grading.Describe((await runA).Report) + (await runA).ProgramOutput);
        }

        var workOfA = await folderOfA.Task;

        var runB = await Run(isolation, "00-ataque", $$"""
            var work = @"{{workOfA}}";
            var runFolder = Path.GetDirectoryName(work)!;
            void Try(string what, Action action)
            {
                try { action(); Console.WriteLine(what + ": SÍ"); }
                catch (Exception e) { Console.WriteLine(what + ": no, " + e.GetType().Name); }
            }
            Try("listar las ejecuciones", () => Directory.GetFileSystemEntries(Path.GetDirectoryName(runFolder)!));
            Try("plantar una carpeta", () => Directory.CreateDirectory(Path.Combine(work, "plantada")));
            Try("leer su plan", () => File.ReadAllText(Path.Combine(runFolder, "bin", "plan.json")));
            """);
        await runA;

        Assert.Contains("leer su plan: no", runB.ProgramOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(": SÍ", runB.ProgramOutput, StringComparison.Ordinal);
    }

    [FallbackFact]
    public async Task What_a_run_leaves_in_the_hosts_tmp_var_tmp_and_dev_shm_is_removed_with_it()
    {
        var mark = "grader-test-resto-" + Guid.NewGuid().ToString("N");
        string[] left = [$"/tmp/{mark}", $"/var/tmp/{mark}", $"/dev/shm/{mark}", $"/tmp/{mark}-carpeta"];
        try
        {
            var report = await Run(WithoutBubblewrap(), "00-ataque", $$"""
                foreach (var file in new[] { "/tmp/{{mark}}", "/var/tmp/{{mark}}", "/dev/shm/{{mark}}" })
                {
                    File.WriteAllBytes(file, new byte[1024 * 1024]);
                }

                Directory.CreateDirectory("/tmp/{{mark}}-carpeta/a/b");
                File.WriteAllText("/tmp/{{mark}}-carpeta/a/b/c", "x");
                File.SetUnixFileMode("/tmp/{{mark}}-carpeta/a", UnixFileMode.UserRead | UnixFileMode.UserExecute);
                Console.WriteLine("escrito");
                """);

            Assert.Contains("escrito", report.ProgramOutput, StringComparison.Ordinal);
            Assert.All(left, path => Assert.False(Path.Exists(path), $"{path} was left behind."));
        }
        finally
        {
            foreach (var path in left.Where(Path.Exists))
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }
            }
        }
    }

    [FallbackFact]
    public async Task A_daemon_that_left_the_process_tree_is_killed_before_its_folder_is_deleted()
    {
        // Only a uid of its own: no namespace and no cgroup to catch the daemon, as on a host where neither works.
        var isolation = new LayeredIsolation(HostTools.Current, new IsolationLayers("none", "none", Rlimits: true, Seccomp: false, UnprivilegedUser: true, ReadOnlyView: false));
        try
        {
            var report = await Run(isolation, "00-ataque-procesos", """
                using System.Diagnostics;
                Console.WriteLine("CARPETA " + Environment.CurrentDirectory);
                Process.Start(new ProcessStartInfo("/usr/bin/setsid", ["--fork", "/usr/bin/sh", "-c", "exec sleep 987"]))!.WaitForExit();
                """);

            Assert.Empty(Sleeps());
            var folder = Path.GetDirectoryName(Folder().Match(report.ProgramOutput).Groups[1].Value)!;
            Assert.False(Directory.Exists(folder), $"{folder} was left behind.");
        }
        finally
        {
            foreach (var pid in Sleeps())
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill();
            }
        }
    }

    [Fact]
    public Task A_tree_deeper_than_PATH_MAX_with_read_only_folders_goes_with_the_plain_child_process() =>
        AssertDeepTreeIsDeletedAsync(new PlainIsolation());

    [FallbackFact]
    public Task A_tree_deeper_than_PATH_MAX_with_read_only_folders_goes_without_bubblewrap() =>
        AssertDeepTreeIsDeletedAsync(WithoutBubblewrap());

    [FallbackFact]
    public async Task The_runners_folder_holds_the_runners_files_alone()
    {
        var report = await Run(WithoutBubblewrap(), "00-ataque", """
            var runner = Path.GetDirectoryName(Path.GetFullPath(Environment.GetCommandLineArgs()[0]))!;
            foreach (var entry in Directory.GetFileSystemEntries(runner))
            {
                Console.WriteLine("VISTO " + Path.GetFileName(entry));
            }
            """);

        var seen = Seen().Matches(report.ProgramOutput).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        Assert.Equal(["Grader.Checks.dll", "Grader.Protocol.dll", "Grader.Runner.deps.json", "Grader.Runner.dll", "Grader.Runner.runtimeconfig.json"], seen);
    }

    [FallbackFact]
    public async Task Spinning_threads_get_one_CPU_of_time_not_every_core()
    {
        if (Environment.ProcessorCount < 2)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI has two cores.");
            return;
        }

        var report = await Run(WithoutBubblewrap(), "00-ataque", """
            using System.Diagnostics;
            var end = DateTime.UtcNow.AddSeconds(2);
            var before = Environment.CpuUsage.TotalTime;
            var clock = Stopwatch.StartNew();
            var threads = Enumerable.Range(0, 16).Select(_ => new Thread(() => { while (DateTime.UtcNow < end) { } })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Console.WriteLine(FormattableString.Invariant($"CPUS {(Environment.CpuUsage.TotalTime - before).TotalSeconds / clock.Elapsed.TotalSeconds:0.00}"));
            """);

        var cpus = double.Parse(Cpus().Match(report.ProgramOutput).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(cpus < 1.25, $"16 spinning threads used {cpus} CPUs.");
    }

    private static async Task AssertDeepTreeIsDeletedAsync(IIsolation isolation)
    {
        // Every path the program names is short: a chain of folders is moved into the deepest folder of another.
        var report = await Run(isolation, "00-ataque", """
            Console.WriteLine("CARPETA " + Environment.CurrentDirectory);
            string Chain(string top)
            {
                var path = top;
                for (var i = 0; i < 1000; i++)
                {
                    path = Path.Combine(path, "d");
                }

                Directory.CreateDirectory(path);
                return path;
            }

            Chain("x");
            for (var round = 0; round < 3; round++)
            {
                Directory.Move("x", Path.Combine(Chain("y"), "x"));
                Directory.Move("y", "x");
            }

            Directory.CreateDirectory("solo-lectura/dentro");
            File.WriteAllText("solo-lectura/dentro/archivo", "x");
            File.SetUnixFileMode("solo-lectura/dentro", UnixFileMode.UserRead | UnixFileMode.UserExecute);
            File.SetUnixFileMode("solo-lectura", UnixFileMode.UserRead | UnixFileMode.UserExecute);
            Console.WriteLine("hecho");
            """);

        Assert.True(report.Report.Reason != FailureReason.Internal, Support.Grading.Describe(report.Report));
        Assert.True(report.ProgramOutput.Contains("hecho", StringComparison.Ordinal), Support.Grading.Describe(report.Report) + report.ProgramOutput);
        var folder = Path.GetDirectoryName(Folder().Match(report.ProgramOutput).Groups[1].Value)!;
        Assert.False(Directory.Exists(folder), $"{folder} was left behind.");
    }

    /// <summary>Runs the code as <c>grader run</c> does; the program's output comes back as it was shown live.</summary>
    private static async Task<Ran> Run(IIsolation isolation, string exercise, string code, Action<string>? live = null)
    {
        var pipeline = new GradingPipeline(new ScriptCompiler(), new ChildProcessSandbox(isolation));
        var output = new StringBuilder();
        var outcome = await pipeline.RunAsync(Attacks.Find(exercise), new SourceFile("ataque.csx", code), GradingOptions.Default, chunk =>
        {
            lock (output)
            {
                output.Append(chunk);
            }

            live?.Invoke(chunk);
        });
        return new Ran(outcome.Report, output.ToString());
    }

    private sealed record Ran(GradeReport Report, string ProgramOutput);

    private static List<int> Sleeps() =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => (Pid: int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0, Directory: d))
            .Where(p => p.Pid > 0 && ReadCommand(p.Directory) == "sleep 987 ")
            .Select(p => p.Pid)
            .ToList();

    private static string ReadCommand(string directory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }

    [GeneratedRegex(@"CARPETA (\S+)")]
    private static partial Regex Folder();

    [GeneratedRegex(@"VISTO (\S+)")]
    private static partial Regex Seen();

    [GeneratedRegex(@"CPUS ([0-9.]+)")]
    private static partial Regex Cpus();
}
