using System.Diagnostics;
using Grader.Compilation;
using Grader.Exercises;

namespace Grader.Benchmarks;

/// <summary>
/// Compiles the same student file and checks many times in this process, as a long batch does, and reads the
/// working set after 10 and after all of them (after a full collection each time): a leak shows as growth.
/// </summary>
internal static class CompileMemoryBenchmark
{
    public static (double After10Mb, double AfterAllMb, double WarmCompileMs) Run(Exercise exercise, int count)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var compiler = new ScriptCompiler();
        var checks = ExerciseSources.Read(exercise).Checks;
        var solution = File.ReadAllText(exercise.SolutionPath);
        double after10 = 0;
        var warm = new List<double>();
        for (var i = 1; i <= count; i++)
        {
            var watch = Stopwatch.StartNew();
            // Each compile gets its own text, as each student's file is: nothing can be cached by content.
            compiler.Compile(new CompileRequest(new SourceFile("x.csx", $"// {i}\n" + solution), checks, null, exercise.Metadata.Rules));
            if (i > 10)
            {
                warm.Add(watch.Elapsed.TotalMilliseconds);
            }

            if (i == 10)
            {
                after10 = WorkingSetMb();
            }
        }

        return (after10, WorkingSetMb(), Stats.Median(warm));
    }

    private static double WorkingSetMb()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64 / (1024.0 * 1024.0);
    }
}
