namespace Grader.Benchmarks;

/// <summary>
/// One run of <c>grader bench</c>: the figures, measured side by side, and each target of issue 6 against them. The
/// targets for a batch of 01 are judged at <c>grade</c>'s default jobs, what a user gets; the 2-job batch is kept
/// beside it, comparable with earlier runs.
/// </summary>
internal sealed record BenchResults(
    DateTimeOffset When,
    int Cores,
    string Isolation,
    BatchFigures Overhead,
    BatchFigures Batch01,
    BatchFigures Batch01DefaultJobs,
    double FreshCheck01Ms,
    double BuildAndTestMs,
    double ColdCheckNoWorkMs,
    double WorkingSetAfter10Mb,
    double WorkingSetAfterAllMb,
    int Compilations,
    double WarmCompileMs,
    int Samples)
{
    public IReadOnlyList<BenchTarget> Targets =>
    [
        new("overhead per file in a batch, 2 jobs (median, ms)", Overhead.MedianMs, "<= 150", Overhead.MedianMs <= 150),
        new($"batch of 01, {Batch01DefaultJobs.Jobs} jobs (default), vs build-and-test per file (times faster)", BuildAndTestMs / Batch01DefaultJobs.WallPerFileMs, ">= 30", BuildAndTestMs / Batch01DefaultJobs.WallPerFileMs >= 30),
        new($"batch of 01, {Batch01DefaultJobs.Jobs} jobs (default), vs fresh grader process per file (times faster)", FreshCheck01Ms / Batch01DefaultJobs.WallPerFileMs, ">= 8", FreshCheck01Ms / Batch01DefaultJobs.WallPerFileMs >= 8),
        new($"working set growth from 10 to {Compilations} compilations (MB)", WorkingSetAfterAllMb - WorkingSetAfter10Mb, "<= 50", WorkingSetAfterAllMb - WorkingSetAfter10Mb <= 50),
        new("cold grader check, checks with no work of their own (ms)", ColdCheckNoWorkMs, "< 1500", ColdCheckNoWorkMs < 1500),
    ];
}

internal sealed record BenchTarget(string What, double Measured, string Target, bool Met);
