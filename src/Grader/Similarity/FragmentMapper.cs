using Grader.Gradebook;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Similarity;

/// <summary>
/// Shows where two files match. Every fingerprint of A that B also has (as any of its k-grams) is a seed, and
/// is extended along its diagonal (the same offset in both files) while the two files' k-grams stay equal:
/// the result is every maximal shared stretch, since winnowing leaves a fingerprint in any run as long as
/// <c>Window + K - 1</c> tokens, at the cost of following the fingerprints rather than every k-gram. Stretches
/// become line ranges, ranges that overlap or touch in both files are merged, and the largest few are quoted.
/// A function moved elsewhere is another diagonal, so it is a fragment of its own.
/// </summary>
/// <remarks>
/// With names and literals abstracted, a dozen tokens (<c>x.Count &gt; 0) { var y = z.W</c>) also match
/// between unrelated statements of the two files. Such a stretch is shorter than the run winnowing promises to
/// see, or it only repeats lines a larger fragment already shows on both sides; neither is shown.
/// One mapper serves one search: a file similar to many others is quoted over and over with the same lines,
/// so each quote is made once.
/// </remarks>
/// <param name="minTokens">The shortest stretch worth showing: the run that winnowing is sure to see.</param>
internal sealed class FragmentMapper(int minTokens)
{
    public const int MaxFragments = 5;

    /// <summary>Longer stretches are quoted up to here: the line numbers still say where they end.</summary>
    public const int MaxQuotedLines = 40;

    /// <summary>
    /// A k-gram repeated many times in B (the same call on 30 lines) would seed a stretch from every copy; past
    /// this many, a fingerprint is paired with the copy of the same rank instead, which is what a copy preserves.
    /// </summary>
    private const int MaxSeedsPerFingerprint = 8;

    private readonly Dictionary<(SourceText, int, int), string> quotes = [];

    public IReadOnlyList<SharedFragment> Map(FingerprintedSource a, FingerprintedSource b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var lines = Stretches(Seeds(a, b), a, b)
            .Where(s => s.EndA - s.StartA + 1 >= minTokens)
            .Select(s => ToLines(s, a, b));
        return WithoutShadows(Merge(lines))
            .Take(MaxFragments)
            .OrderBy(r => r.StartA)
            .ThenBy(r => r.StartB)
            .Select(r => new SharedFragment(
                r.StartA,
                r.EndA,
                r.StartB,
                r.EndB,
                Quote(a.Source.Text, r.StartA, r.EndA),
                Quote(b.Source.Text, r.StartB, r.EndB)))
            .ToList();
    }

    /// <summary>Where each of A's fingerprints is in A and in B, as <see cref="Key"/>s sorted: by diagonal, then along it.</summary>
    private static List<long> Seeds(FingerprintedSource a, FingerprintedSource b)
    {
        var seeds = new List<long>(a.Fingerprints.Count);
        foreach (var print in a.Fingerprints)
        {
            if (!b.Positions.TryGetValue(print.Hash, out var inB))
            {
                continue;
            }

            if (inB.Count <= MaxSeedsPerFingerprint)
            {
                foreach (var y in inB)
                {
                    seeds.Add(Key(print.Token, y));
                }
            }
            else if (a.Positions[print.Hash].BinarySearch(print.Token) is var rank && rank < inB.Count)
            {
                seeds.Add(Key(print.Token, inB[rank]));
            }
        }

        seeds.Sort();
        return seeds;
    }

    /// <summary>The diagonal (offset from A to B) in the high half and the position in A in the low half, so that sorting numbers sorts seeds.</summary>
    private static long Key(int a, int b) => ((long)(b - a) << 32) + a;

    /// <summary>
    /// The seeds grown into maximal runs of equal k-grams, as inclusive token ranges; runs on one diagonal
    /// whose k-grams overlap or touch are one stretch.
    /// </summary>
    private static List<Range> Stretches(List<long> seeds, FingerprintedSource a, FingerprintedSource b)
    {
        var k = a.K;
        var stretches = new List<Range>();
        var (first, last, offset) = (-1, -1, 0);
        foreach (var seed in seeds)
        {
            var (x, diagonal) = ((int)(seed & uint.MaxValue), (int)(seed >> 32));
            if (first >= 0 && diagonal == offset && x <= last + k)
            {
                last = Math.Max(last, x <= last ? last : Grow(a, b, x, diagonal, 1));
                continue;
            }

            if (first >= 0)
            {
                stretches.Add(new Range(first, last + k - 1, first + offset, last + offset + k - 1));
            }

            (first, last, offset) = (Grow(a, b, x, diagonal, -1), Grow(a, b, x, diagonal, 1), diagonal);
        }

        if (first >= 0)
        {
            stretches.Add(new Range(first, last + k - 1, first + offset, last + offset + k - 1));
        }

        return stretches;
    }

    /// <summary>How far, one way along the diagonal, the k-grams of A and B stay equal and the student's own (a stub's k-gram is the stub's in both).</summary>
    private static int Grow(FingerprintedSource a, FingerprintedSource b, int x, int diagonal, int step)
    {
        for (var next = x + step;
            next >= 0 && next < a.KGrams.Length && next + diagonal >= 0 && next + diagonal < b.KGrams.Length
            && !a.FromStub[next] && a.KGrams[next] == b.KGrams[next + diagonal];
            next += step)
        {
            x = next;
        }

        return x;
    }

    private static Range ToLines(Range tokens, FingerprintedSource a, FingerprintedSource b) => new(
        a.Source.Tokens[tokens.StartA].Line,
        a.Source.Tokens[tokens.EndA].EndLine,
        b.Source.Tokens[tokens.StartB].Line,
        b.Source.Tokens[tokens.EndB].EndLine);

    /// <summary>Joins line ranges that overlap or touch in both files, until none do.</summary>
    private static List<Range> Merge(IEnumerable<Range> ranges)
    {
        var merged = ranges.ToList();
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < merged.Count; i++)
            {
                for (var j = i + 1; j < merged.Count; j++)
                {
                    if (Touch(merged[i].StartA, merged[i].EndA, merged[j].StartA, merged[j].EndA)
                        && Touch(merged[i].StartB, merged[i].EndB, merged[j].StartB, merged[j].EndB))
                    {
                        merged[i] = new Range(
                            Math.Min(merged[i].StartA, merged[j].StartA),
                            Math.Max(merged[i].EndA, merged[j].EndA),
                            Math.Min(merged[i].StartB, merged[j].StartB),
                            Math.Max(merged[i].EndB, merged[j].EndB));
                        merged.RemoveAt(j);
                        changed = true;
                        j = i;
                    }
                }
            }
        }
        while (changed);

        return merged;
    }

    private static bool Touch(int start1, int end1, int start2, int end2) => start1 <= end2 + 1 && start2 <= end1 + 1;

    /// <summary>
    /// Largest first, without the ranges whose lines in A and in B are both inside ranges already kept: a
    /// stretch that repeats elsewhere in one file matches across, and adds nothing to read.
    /// </summary>
    private static List<Range> WithoutShadows(List<Range> ranges)
    {
        var kept = new List<Range>();
        foreach (var range in ranges.OrderByDescending(r => r.EndA - r.StartA + r.EndB - r.StartB).ThenBy(r => r.StartA).ThenBy(r => r.StartB))
        {
            var inA = kept.Exists(k => k.StartA <= range.StartA && range.EndA <= k.EndA);
            var inB = kept.Exists(k => k.StartB <= range.StartB && range.EndB <= k.EndB);
            if (!(inA && inB))
            {
                kept.Add(range);
            }
        }

        return kept;
    }

    private string Quote(SourceText text, int first, int last)
    {
        if (!quotes.TryGetValue((text, first, last), out var quoted))
        {
            var shown = Math.Min(last, first + MaxQuotedLines - 1);
            quoted = text.ToString(TextSpan.FromBounds(text.Lines[first - 1].Start, text.Lines[shown - 1].End)).ReplaceLineEndings("\n");
            quotes[(text, first, last)] = quoted = shown < last ? quoted + "\n…" : quoted;
        }

        return quoted;
    }

    /// <summary>Inclusive ranges in A and in B: of tokens for a stretch, of lines once mapped.</summary>
    private readonly record struct Range(int StartA, int EndA, int StartB, int EndB);
}
