using System.Text.Json;
using Grader.Tests.Packaging;
using Grader.Tests.Support;

namespace Grader.Tests.Benchmarks;

/// <summary>
/// <c>grader bench</c> in a tiny run: every figure measured (not only printed), every file of its batches graded
/// and passed, the JSON complete. Its figures are not judged here: a benchmark's numbers are read, not asserted.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class BenchCommandTests
{
    [Fact]
    public async Task A_tiny_bench_measures_every_figure_and_writes_them_all()
    {
        using var folder = new TemporaryFolder();
        var json = Path.Combine(folder.Path, "figuras", "results.json");
        var result = await Shell.RunAsync("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "grader.dll"), "bench", "--files", "4", "--samples", "1", "--compilations", "12", "--out", json,
                "--exercises", RepoPaths.Exercises],
            folder.Path, new Dictionary<string, string?>(), TimeSpan.FromMinutes(5));

        Assert.True(result.ExitCode == 0, result.Describe("grader bench"));
        Assert.Contains("target (issue 6)", result.Stdout, StringComparison.Ordinal);
        using var figures = JsonDocument.Parse(File.ReadAllText(json));
        var root = figures.RootElement;
        foreach (var batch in new[] { "no_work_batch", "batch01", "batch01_default_jobs" })
        {
            Assert.Equal(4, root.GetProperty(batch).GetProperty("count").GetInt32());
            Assert.Equal(4, root.GetProperty(batch).GetProperty("passed").GetInt32());
            Assert.True(root.GetProperty(batch).GetProperty("median_per_file_ms").GetDouble() > 0, batch);
        }

        foreach (var figure in new[] { "fresh_check01_ms", "build_and_test_ms", "cold_check_no_work_ms", "warm_compile_ms", "working_set_after10_mb", "working_set_after_all_mb" })
        {
            Assert.True(root.GetProperty(figure).GetDouble() > 0, figure);
        }

        Assert.Equal(12, root.GetProperty("compilations").GetInt32());
        Assert.Equal(Environment.ProcessorCount, root.GetProperty("cores").GetInt32());
        var targets = root.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(5, targets.Count);
        Assert.All(targets, t => Assert.True(double.IsFinite(t.GetProperty("measured").GetDouble()), t.GetProperty("what").GetString()));
    }
}
