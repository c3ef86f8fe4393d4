using Grader.Gradebook;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>Writes the generated class and grades it once, uninterrupted, for every test of <see cref="ClassGradingTests"/>.</summary>
public sealed class GeneratedClassFixture : IAsyncLifetime
{
    private readonly TemporaryFolder folder = new();

    internal GeneratedClass Class { get; private set; } = null!;

    public string Submissions => Path.Combine(folder.Path, "entregas");

    public string Output => Path.Combine(folder.Path, "resultados");

    public string Root => folder.Path;

    public (int ExitCode, string Stdout, string Stderr) Run { get; private set; }

    internal ClassResults Results { get; private set; } = null!;

    public TimeSpan Wall { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Submissions);
        Class = GeneratedClass.Write(Submissions);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Run = await GraderProcess.RunAsync(TimeSpan.FromMinutes(20), folder.Path, "grade", Submissions, "--out", Output, "--jobs", "2", "--exercises", RepoPaths.Exercises);
        Wall = watch.Elapsed;
        using var gradebook = GradebookStore.Open(Path.Combine(Output, GradebookStore.FileName));
        Results = gradebook.ReadClass();
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}
