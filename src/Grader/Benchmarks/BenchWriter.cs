using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Grader.Benchmarks;

/// <summary>The bench as a table for people and as JSON kept in the repository, so a change can be compared with the last run.</summary>
internal static class BenchWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Table(IAnsiConsole console, BenchResults results)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(results);
        var figures = new Table().AddColumns("measured", "value");
        void Row(string what, string value) => figures.AddRow(Markup.Escape(what), Markup.Escape(value));
        Row("cores", results.Cores.ToString(CultureInfo.InvariantCulture));
        Row("isolation", results.Isolation);
        Row($"no-work batch: {results.Overhead.Count} files, 2 jobs, median per file", Ms(results.Overhead.MedianMs));
        Row("no-work batch: wall per file", Ms(results.Overhead.WallPerFileMs));
        Row($"01 batch: {results.Batch01.Count} files, 2 jobs, wall", Ms(results.Batch01.Wall.TotalMilliseconds) + $" ({results.Batch01.Passed} passed)");
        Row("01 batch: wall per file", Ms(results.Batch01.WallPerFileMs));
        Row("01 batch: median per file", Ms(results.Batch01.MedianMs));
        Row($"01 batch: {results.Batch01DefaultJobs.Count} files, {results.Batch01DefaultJobs.Jobs} jobs (grade's default), wall", Ms(results.Batch01DefaultJobs.Wall.TotalMilliseconds) + $" ({results.Batch01DefaultJobs.Passed} passed)");
        Row($"01 batch, {results.Batch01DefaultJobs.Jobs} jobs: wall per file", Ms(results.Batch01DefaultJobs.WallPerFileMs));
        Row($"fresh grader check of 01, per file (median of {results.Samples})", Ms(results.FreshCheck01Ms));
        Row($"dotnet build + dotnet test of an xunit project, per file (median of {results.Samples})", Ms(results.BuildAndTestMs));
        Row($"cold grader check, no-work exercise (median of {results.Samples})", Ms(results.ColdCheckNoWorkMs));
        Row("warm compile of 01 with its checks (median)", Ms(results.WarmCompileMs));
        Row($"working set after 10 / {results.Compilations} compilations", $"{results.WorkingSetAfter10Mb:0} MB / {results.WorkingSetAfterAllMb:0} MB");
        console.Write(figures);

        var targets = new Table().AddColumns("target (issue 6)", "measured", "wanted", "met");
        foreach (var target in results.Targets)
        {
            targets.AddRow(Markup.Escape(target.What), target.Measured.ToString("0.0", CultureInfo.InvariantCulture), Markup.Escape(target.Target), target.Met ? "yes" : "NO");
        }

        console.Write(targets);
    }

    public static void Save(string path, BenchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var document = new
        {
            results.When,
            results.Cores,
            results.Isolation,
            results.Samples,
            NoWorkBatch = Batch(results.Overhead),
            Batch01 = Batch(results.Batch01),
            Batch01DefaultJobs = Batch(results.Batch01DefaultJobs),
            results.FreshCheck01Ms,
            results.BuildAndTestMs,
            results.ColdCheckNoWorkMs,
            results.WarmCompileMs,
            results.Compilations,
            results.WorkingSetAfter10Mb,
            results.WorkingSetAfterAllMb,
            results.Targets,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, Json) + "\n");
    }

    private static object Batch(BatchFigures figures) => new
    {
        figures.Count,
        figures.Jobs,
        WallMs = figures.Wall.TotalMilliseconds,
        figures.WallPerFileMs,
        MedianPerFileMs = figures.MedianMs,
        figures.Passed,
    };

    private static string Ms(double ms) => ms.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
