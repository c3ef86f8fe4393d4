using System.Diagnostics;

namespace Grader.Checks;

/// <summary>Times two ways of doing the same work, alternated so that noise hits both alike.</summary>
public static class Timing
{
    public static TimeSpan Time(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    public static TimeSpan Median(IEnumerable<TimeSpan> samples)
    {
        var sorted = samples.OrderBy(s => s).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No samples.", nameof(samples));
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// Runs each measurement <paramref name="warmups"/> times unrecorded (JIT tiering), then
    /// <paramref name="rounds"/> times each, swapping which goes first every round.
    /// </summary>
    public static Comparison Alternate(Func<TimeSpan> baseline, Func<TimeSpan> candidate, int warmups, int rounds)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        for (var i = 0; i < warmups; i++)
        {
            baseline();
            candidate();
        }

        var baselineSamples = new List<TimeSpan>();
        var candidateSamples = new List<TimeSpan>();
        for (var round = 0; round < rounds; round++)
        {
            // A collection between samples keeps a pause caused by one run out of the next one's time.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (round % 2 == 0)
            {
                baselineSamples.Add(baseline());
                candidateSamples.Add(candidate());
            }
            else
            {
                candidateSamples.Add(candidate());
                baselineSamples.Add(baseline());
            }
        }

        return new Comparison(baselineSamples, candidateSamples);
    }

    /// <summary>Samples of a baseline and a candidate; <see cref="Speedup"/> is how many times faster the candidate is.</summary>
    public sealed record Comparison(IReadOnlyList<TimeSpan> Baseline, IReadOnlyList<TimeSpan> Candidate)
    {
        public TimeSpan BaselineMedian => Median(Baseline);

        public TimeSpan CandidateMedian => Median(Candidate);

        public double Speedup => BaselineMedian.TotalSeconds / Math.Max(CandidateMedian.TotalSeconds, 1e-9);
    }
}
