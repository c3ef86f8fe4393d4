using System.Net;
using System.Net.Sockets;
using Grader.Compilation;
using Grader.Execution;
using Grader.Execution.Isolation;
using Grader.Exercises;
using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Ataques;

/// <summary>
/// Hostile submissions, one file each under Ataques/, with the verdict they must get in their header. After each:
/// no process of the run is left, nothing was written outside the sandbox, and the next submission is graded right.
/// Attacks marked <c>// requiere: capas</c> need the namespaces and limits of full isolation (CI installs
/// bubblewrap); the rest also run with the plain child process, the fallback.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class AttackCorpusTests
{
    public const int HostPort = 47613;
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "Grader.Tests", "Ataques");
    private static readonly ExerciseCatalog Catalog = new(Path.Combine(Folder, "ejercicios"));
    private static readonly ExerciseCatalog Course = new(Path.Combine(RepoPaths.Root, "exercises"));
    private static readonly string[] WrittenOutside = ["/tmp/grader-ataque-escrito.txt", Path.Combine(RepoPaths.Root, "grader-ataque-escrito.txt")];

    public static TheoryData<string> NeedingLayers() => Attacks(a => a.NeedsLayers);

    public static TheoryData<string> NotNeedingLayers() => Attacks(a => !a.NeedsLayers);

    [Fact]
    public void CI_grades_with_every_isolation_layer()
    {
        var layers = ChildProcessSandbox.Best().Layers;

        Assert.True(Environment.GetEnvironmentVariable("CI") != "true" || layers.Full, "CI must run with full isolation; it has: " + string.Join(", ", layers.Names));
    }

    [Theory]
    [MemberData(nameof(NotNeedingLayers))]
    public Task Is_contained_by_the_best_isolation_here(string file) => AssertContainedAsync(file, ChildProcessSandbox.Best());

    /// <summary>Without bubblewrap these attacks would reach the machine running the tests: skipped there, with the reason, never run.</summary>
    [BubblewrapTheory]
    [MemberData(nameof(NeedingLayers))]
    public Task Is_contained_by_bubblewrap(string file) => AssertContainedAsync(file, ChildProcessSandbox.Best());

    [Theory]
    [MemberData(nameof(NotNeedingLayers))]
    public Task Is_contained_by_the_plain_child_process_too(string file) =>
        AssertContainedAsync(file, new ChildProcessSandbox(new PlainIsolation()));

    private static async Task AssertContainedAsync(string file, ChildProcessSandbox sandbox)
    {
        var attack = Attack.Read(Path.Combine(Folder, file));
        var pipeline = new GradingPipeline(new ScriptCompiler(), sandbox);
        // A secret in the grader's own environment, which no submission may see.
        Environment.SetEnvironmentVariable("GRADER_TEST_SECRET", "SECRETO_DEL_CORRECTOR");
        using var host = new TcpListener(IPAddress.Loopback, HostPort);
        host.Start();

        var exercise = Directory.Exists(Path.Combine(Catalog.Root, attack.Exercise)) ? Catalog.Find(attack.Exercise) : Course.Find(attack.Exercise);
        var report = await pipeline.CheckAsync(exercise, SubmissionFile.Read(attack.Path), GradingOptions.Default);
        var next = await pipeline.CheckAsync(Catalog.Find("00-ataque"), SubmissionFile.Read(Path.Combine(Folder, "ejercicios", "00-ataque", "solucion.csx")), GradingOptions.Default);

        var described = Support.Grading.Describe(report) + "\n" + report.ProgramOutput;
        Assert.True(attack.Statuses.Contains(report.Status.ToString().ToLowerInvariant()), $"expected {string.Join("|", attack.Statuses)}: {described}");
        if (attack.Reason != "*" && report.Status == GradeStatus.Error)
        {
            Assert.True(Grader.Reporting.ResultsDocument.Snake(report.Reason?.ToString() ?? "") == attack.Reason, $"expected reason {attack.Reason}: {described}");
        }

        var everything = report.ProgramOutput + string.Concat(report.Tests.Select(t => t.Output + t.Message?.Es));
        Assert.All(attack.Secrets, secret => Assert.DoesNotContain(secret, everything, StringComparison.Ordinal));
        Assert.False(host.Pending(), "The submission reached a port of the grader's host.");
        Assert.All(WrittenOutside, path => Assert.False(File.Exists(path), $"The submission wrote {path}."));
        Assert.Empty(LeftoverProcesses());
        Assert.Equal(GradeStatus.Pass, next.Status);
    }

    /// <summary>Processes a run could have left: runners, and the sleeps the process attacks start.</summary>
    private static List<string> LeftoverProcesses()
    {
        var left = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            try
            {
                var command = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                if (command.Contains("Grader.Runner.dll", StringComparison.Ordinal) || command.StartsWith("sleep 10", StringComparison.Ordinal))
                {
                    left.Add($"{Path.GetFileName(directory)}: {command}");
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return left;
    }

    private static TheoryData<string> Attacks(Func<Attack, bool> which)
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.csx").Order(StringComparer.Ordinal).Where(p => which(Attack.Read(p))))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    /// <summary>An attack file's header: <c>// espera: STATUS[|STATUS] REASON</c>, <c>// ejercicio:</c> (of Ataques/ejercicios, else of the course), <c>// secreto:</c>, <c>// requiere: capas</c>.</summary>
    private sealed record Attack(string Path, IReadOnlyList<string> Statuses, string Reason, string Exercise, IReadOnlyList<string> Secrets, bool NeedsLayers)
    {
        public static Attack Read(string path)
        {
            var header = File.ReadLines(path).TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)).ToList();
            string? Value(string key) => header.Where(l => l.StartsWith($"// {key}: ", StringComparison.Ordinal)).Select(l => l[(key.Length + 5)..].Trim()).FirstOrDefault();
            var expected = (Value("espera") ?? throw new InvalidOperationException($"{path} has no '// espera:' line.")).Split(' ');
            return new Attack(
                path,
                expected[0].Split('|'),
                expected.Length > 1 ? expected[1] : "*",
                Value("ejercicio") ?? "00-ataque",
                header.Where(l => l.StartsWith("// secreto: ", StringComparison.Ordinal)).Select(l => l["// secreto: ".Length..]).ToList(),
                Value("requiere") == "capas");
        }
    }
}
