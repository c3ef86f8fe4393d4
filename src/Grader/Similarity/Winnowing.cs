using System.Collections.Immutable;

namespace Grader.Similarity;

/// <summary>
/// Chooses a file's fingerprints among its k-gram hashes as MOSS does (Schleimer, Wilkerson and Aiken,
/// "Winnowing", 2003): in every window of consecutive hashes, the smallest, the rightmost one on a tie. Two files
/// sharing a run of hashes at least a window long choose the same hash in it, so every long enough shared
/// stretch leaves a shared fingerprint, while only a fraction of the k-grams is kept.
/// </summary>
internal static class Winnowing
{
    /// <param name="ignored">
    /// K-grams that may not be chosen (they came with the stub). They are skipped before choosing rather than
    /// dropped after, so a window that holds both the stub's and the student's k-grams still yields one of the
    /// student's: the guarantee holds for every run of the student's own.
    /// </param>
    /// <returns>The chosen k-gram positions, ascending, each once.</returns>
    public static IReadOnlyList<int> Choose(ImmutableArray<ulong> hashes, ImmutableArray<bool> ignored, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        if (ignored.Length != hashes.Length)
        {
            throw new ArgumentException("One flag per hash is needed.", nameof(ignored));
        }

        var chosen = new List<int>();
        // A file shorter than one window is one window.
        var size = Math.Min(window, hashes.Length);
        for (var start = 0; start + size <= hashes.Length && size > 0; start++)
        {
            var best = -1;
            for (var i = start; i < start + size; i++)
            {
                if (!ignored[i] && (best < 0 || hashes[i] <= hashes[best]))
                {
                    best = i;
                }
            }

            // The minimum moves only rightwards from one window to the next, so a repeat is always the last one.
            if (best >= 0 && (chosen.Count == 0 || chosen[^1] != best))
            {
                chosen.Add(best);
            }
        }

        return chosen;
    }
}
