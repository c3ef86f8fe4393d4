using System.Collections.Concurrent;
using System.Diagnostics;
using System.Xml.Linq;
using Grader.Tests.Support;

namespace Grader.Tests.Packaging;

/// <summary>One line of a workflow, run: what it printed, and what its step's GitHub files held after it.</summary>
internal sealed record LineRun(CiStep Step, string Line, CommandResult Result, string Output, string Summary);

/// <summary>A workflow's grader lines run in a student's repository of its own.</summary>
internal sealed record WorkflowRun(CiWorkflow Workflow, string Repository, IReadOnlyList<LineRun> Lines);

/// <summary>
/// The tool packed from src/Grader and installed as a user installs it, once for the packaging tests, everything in
/// one temporary folder deleted at the end. Each workflow of docs/ci runs at most once, however many tests read it.
/// </summary>
public sealed class InstalledTool : IAsyncLifetime
{
    /// <summary>The student's repository: one exercise done, one still the stub.</summary>
    internal const string Finished = "01-es-vs-cpu.csx";
    internal const string Unfinished = "03-hola-hilo.csx";

    /// <summary>
    /// 01's solution earns all its 9 visible points and 03's stub none, of the 19 at stake: 01's hidden check (1
    /// point) is not in the package and is graded on submission.
    /// </summary>
    internal const int RepositoryScore = 9;
    internal const int RepositoryMaxScore = 19;

    private static readonly IReadOnlyDictionary<string, string?> Unchanged = new Dictionary<string, string?>();
    private readonly TemporaryFolder folder = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<WorkflowRun>>> runs = new(StringComparer.Ordinal);
    private bool deleted;

    public InstalledTool()
    {
        // The temporary folder stays closed to other users (0700), like a root install under /root: the sandbox's
        // per-run uid cannot reach the runner there, so every grading here also proves the grader stages it.
        var project = XDocument.Load(ProjectFile);
        PackageId = project.Descendants("PackageId").Single().Value;
        Version = project.Descendants("Version").Single().Value;
        Feed = Path.Combine(folder.Path, "feed");
        ToolPath = Path.Combine(folder.Path, "tools");
    }

    internal static string ProjectFile => Path.Combine(RepoPaths.Root, "src", "Grader", "Grader.csproj");

    internal string PackageId { get; }

    internal string Version { get; }

    internal string Feed { get; }

    internal string Package => Path.Combine(Feed, $"{PackageId}.{Version}.nupkg");

    internal string ToolPath { get; }

    internal TimeSpan PackTime { get; private set; }

    internal TimeSpan InstallTime { get; private set; }

    /// <summary>PATH as a workflow has it after installing the tool.</summary>
    internal string PathWithTool => ToolPath + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        // An artifacts folder of its own: the test assembly runs from the Debug output of these same projects, whose
        // bin/ and obj/ must stay as they are, and no earlier Release build may stand in for this one. From the
        // repository's root, so its global.json picks the SDK, as for an instructor packing it.
        string[] pack =
        [
            "pack", ProjectFile, "-c", "Release", "-o", Feed, "--artifacts-path", Path.Combine(folder.Path, "artifacts"),
            "-nodeReuse:false", "-p:UseSharedCompilation=false",
        ];
        var packed = await Shell.RunAsync("dotnet", pack, RepoPaths.Root, Unchanged, TimeSpan.FromMinutes(10));
        Assert.True(packed.ExitCode == 0, packed.Describe("dotnet " + string.Join(' ', pack)));
        PackTime = watch.Elapsed;
        // A path built by joining the project's folder to the artifacts' absolute one once put the ReadyToRun images
        // in src/Grader/tmp/<this folder's name>/: nothing of the pack may land in the repository.
        var strays = Directory.EnumerateDirectories(RepoPaths.Root, Path.GetFileName(folder.Path), SearchOption.AllDirectories).ToList();
        Assert.True(strays.Count == 0, "The pack wrote into the repository: " + string.Join(", ", strays));

        watch.Restart();
        string[] install = ["tool", "install", PackageId, "--version", Version, "--tool-path", ToolPath, "--add-source", Feed];
        var installed = await Shell.RunAsync("dotnet", install, folder.Path, Unchanged, TimeSpan.FromMinutes(5));
        Assert.True(installed.ExitCode == 0, installed.Describe("dotnet " + string.Join(' ', install)));
        InstallTime = watch.Elapsed;
    }

    public Task DisposeAsync()
    {
        if (!deleted)
        {
            deleted = true;
            folder.Dispose();
        }

        return Task.CompletedTask;
    }

    internal string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(folder.Path, name)).FullName;

    internal Task<CommandResult> BashAsync(string line, string directory) =>
        Shell.BashAsync(line, directory, new Dictionary<string, string?> { ["PATH"] = PathWithTool }, TimeSpan.FromMinutes(5));

    internal Task<WorkflowRun> RunAsync(string workflowFile) =>
        runs.GetOrAdd(workflowFile, file => new Lazy<Task<WorkflowRun>>(() => RunWorkflowAsync(file))).Value;

    private async Task<WorkflowRun> RunWorkflowAsync(string file)
    {
        var workflow = CiWorkflow.Load(file);
        var root = NewFolder(Path.Combine("runs", Path.GetFileNameWithoutExtension(file)));
        var repository = StudentRepository(Path.Combine(root, "repository"));
        var lines = new List<LineRun>();
        foreach (var (step, index) in workflow.Steps.Select((s, i) => (s, i)).Where(t => t.s.GraderLines.Any()))
        {
            // Actions gives every step files of its own for outputs and for the summary, and GITHUB_ACTIONS=true (grader
            // then stops workflow commands around its output); GitLab gives none of them.
            var output = Path.Combine(root, $"step-{index}.output");
            var summary = Path.Combine(root, $"step-{index}.summary.md");
            File.WriteAllText(output, "");
            File.WriteAllText(summary, "");
            var environment = new Dictionary<string, string?>
            {
                ["PATH"] = PathWithTool,
                ["GITHUB_OUTPUT"] = workflow.IsGitHub ? output : null,
                ["GITHUB_STEP_SUMMARY"] = workflow.IsGitHub ? summary : null,
                ["GITHUB_ACTIONS"] = workflow.IsGitHub ? "true" : null,
            };
            foreach (var line in step.GraderLines)
            {
                var result = await Shell.BashAsync(line, repository, environment, TimeSpan.FromMinutes(5));
                lines.Add(new LineRun(step, line, result, File.ReadAllText(output), File.ReadAllText(summary)));
            }
        }

        return new WorkflowRun(workflow, repository, lines);
    }

    /// <summary>No exercises/ folder in it: the tool grades with the exercises it ships.</summary>
    private static string StudentRepository(string path)
    {
        Directory.CreateDirectory(path);
        File.Copy(RepoPaths.Exercise("01-es-vs-cpu", "solucion.csx"), Path.Combine(path, Finished));
        File.Copy(RepoPaths.Exercise("03-hola-hilo", "plantilla.csx"), Path.Combine(path, Unfinished));
        return path;
    }
}
