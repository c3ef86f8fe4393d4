using Grader.Gradebook;

namespace Grader.Similarity;

/// <summary>
/// Finds the pairs of students whose files for one exercise share most of their code, as MOSS and JPlag do,
/// offline. Each file is reduced to fingerprints of its abstract tokens (names and literals forgotten), the
/// stub's k-grams taken away; a pair's similarity is the share of the smaller file's fingerprints the other
/// file also has (containment), so a copy padded with extra code still counts as a copy.
/// </summary>
internal static class SimilarityFinder
{
    /// <param name="stubSource">The exercise's plantilla.csx: code every student was given is nobody's copy.</param>
    /// <returns>Pairs at or above the threshold, most similar first, then by student keys; StudentA is the smaller key.</returns>
    public static IReadOnlyList<SimilarPair> Find(string exerciseId, IReadOnlyList<SimilarityInput> files, string? stubSource, SimilarityOptions options)
    {
        ArgumentNullException.ThrowIfNull(exerciseId);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);

        // Identical files are common (a file passed around, the stub handed in untouched): each distinct text
        // is read and compared once, and its students share the result.
        var texts = new List<string>();
        var owners = new List<List<string>>();
        var textIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!keys.Add(file.StudentKey))
            {
                throw new ArgumentException($"Student '{file.StudentKey}' has two files for {exerciseId}.", nameof(files));
            }

            if (!textIndex.TryGetValue(file.Source, out var index))
            {
                textIndex[file.Source] = index = texts.Count;
                texts.Add(file.Source);
                owners.Add([]);
            }

            owners[index].Add(file.StudentKey);
        }

        var stub = FingerprintedSource.StubKGrams(stubSource, options.K);
        var sources = texts
            .Select(text => FingerprintedSource.Create(CodeTokenizer.Tokenize(text), stub, options.K, options.Window))
            .ToList();

        var pairs = new List<SimilarPair>();
        var mapper = new FragmentMapper(options.K + options.Window - 1);
        var fragments = new Dictionary<(int A, int B), IReadOnlyList<SharedFragment>>();
        foreach (var (a, b, similarity) in SimilarSources(sources, options))
        {
            foreach (var first in owners[a])
            {
                foreach (var second in owners[b])
                {
                    if (a == b && string.CompareOrdinal(first, second) >= 0)
                    {
                        continue;
                    }

                    var (keyA, keyB, sourceA, sourceB) = string.CompareOrdinal(first, second) < 0
                        ? (first, second, a, b)
                        : (second, first, b, a);
                    if (!fragments.TryGetValue((sourceA, sourceB), out var shared))
                    {
                        fragments[(sourceA, sourceB)] = shared = mapper.Map(sources[sourceA], sources[sourceB]);
                    }

                    pairs.Add(new SimilarPair(exerciseId, keyA, keyB, similarity, shared));
                }
            }
        }

        return pairs
            .OrderByDescending(p => p.Similarity)
            .ThenBy(p => p.StudentA, StringComparer.Ordinal)
            .ThenBy(p => p.StudentB, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Pairs of distinct texts (a &lt;= b; a == b when several students handed in the same text) at or above the
    /// threshold. An inverted index from fingerprint to the texts that have it means only texts that share
    /// something are ever looked at, instead of all n² pairs.
    /// </summary>
    private static IEnumerable<(int A, int B, double Similarity)> SimilarSources(List<FingerprintedSource> sources, SimilarityOptions options)
    {
        var comparable = sources.Select(s => s.Hashes.Count >= options.MinFingerprints).ToList();
        var index = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < sources.Count; i++)
        {
            if (!comparable[i])
            {
                continue;
            }

            foreach (var hash in sources[i].Hashes)
            {
                if (!index.TryGetValue(hash, out var holders))
                {
                    index[hash] = holders = [];
                }

                holders.Add(i);
            }
        }

        var shared = new int[sources.Count];
        var touched = new List<int>();
        for (var a = 0; a < sources.Count; a++)
        {
            if (!comparable[a])
            {
                continue;
            }

            yield return (a, a, 1.0);
            foreach (var hash in sources[a].Hashes)
            {
                // Holders are ascending: each pair is counted once, from its smaller index.
                foreach (var b in index[hash])
                {
                    if (b > a && shared[b]++ == 0)
                    {
                        touched.Add(b);
                    }
                }
            }

            foreach (var b in touched)
            {
                var similarity = (double)shared[b] / Math.Min(sources[a].Hashes.Count, sources[b].Hashes.Count);
                shared[b] = 0;
                if (similarity >= options.Threshold)
                {
                    yield return (a, b, similarity);
                }
            }

            touched.Clear();
        }
    }
}
