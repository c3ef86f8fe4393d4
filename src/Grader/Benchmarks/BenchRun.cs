using Grader.Exercises;

namespace Grader.Benchmarks;

/// <summary>Runs every measurement of <see cref="BenchResults"/> one after the other, on this machine, in one process.</summary>
internal static class BenchRun
{
    public static async Task<BenchResults> RunAsync(ExerciseCatalog bundled, BenchOptions options, Action<string> say, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(bundled);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(say);
        var temp = Directory.CreateTempSubdirectory("grader-bench-");
        try
        {
            var benchCatalog = new ExerciseCatalog(BenchExercise.Write(Path.Combine(temp.FullName, "ejercicios")));
            var noWork = benchCatalog.Find(BenchExercise.Id);
            var first = bundled.Find("01-es-vs-cpu");
            var solution = await File.ReadAllTextAsync(first.SolutionPath, cancellation).ConfigureAwait(false);

            say($"compilations: {options.Compilations} of 01 in this process…");
            var (after10, afterAll, warmCompile) = CompileMemoryBenchmark.Run(first, options.Compilations);

            say($"batch: {options.Files} files with no work of their own, 2 jobs…");
            var overhead = await BatchBenchmark.RunAsync(noWork, BenchExercise.Submission, options.Files, 2, temp.FullName, cancellation).ConfigureAwait(false);

            say($"batch: {options.Files} files of 01-es-vs-cpu, 2 jobs…");
            string File01(int i) => $"// alumno {i}\n" + solution;
            var batch01 = await BatchBenchmark.RunAsync(first, File01, options.Files, 2, temp.FullName, cancellation).ConfigureAwait(false);

            say($"batch: {options.Files} files of 01-es-vs-cpu, {Batch.BatchJobs.Default} jobs (grade's default)…");
            var batch01Default = await BatchBenchmark.RunAsync(first, File01, options.Files, Batch.BatchJobs.Default, temp.FullName, cancellation).ConfigureAwait(false);

            say($"baselines: {options.Samples} fresh grader processes per file, cold…");
            var file01 = Path.Combine(temp.FullName, "01-es-vs-cpu.csx");
            await File.WriteAllTextAsync(file01, solution, cancellation).ConfigureAwait(false);
            var fresh01 = ProcessBaselines.FreshCheckMs(bundled.Root, first.Id, file01, options.Samples);
            var fileNoWork = Path.Combine(temp.FullName, BenchExercise.Id + ".csx");
            await File.WriteAllTextAsync(fileNoWork, BenchExercise.Submission(0), cancellation).ConfigureAwait(false);
            var coldNoWork = ProcessBaselines.FreshCheckMs(benchCatalog.Root, BenchExercise.Id, fileNoWork, options.Samples);

            say($"baselines: {options.Samples} xunit projects, dotnet build + dotnet test each…");
            var buildAndTest = ProcessBaselines.BuildAndTestMs(temp.FullName, options.Samples);

            return new BenchResults(DateTimeOffset.Now, Environment.ProcessorCount, string.Join(",", Grading.GradingPipeline.CreateDefault().Isolation.Names),
                overhead, batch01, batch01Default, fresh01, buildAndTest, coldNoWork, after10, afterAll, options.Compilations, warmCompile, options.Samples);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}

internal sealed record BenchOptions(int Files, int Samples, int Compilations);
