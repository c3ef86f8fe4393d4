using System.Collections.Immutable;

namespace Grader.Similarity;

/// <summary>
/// One file as the comparison sees it: every k-gram (to find where two files match), which of them came with
/// the stub, and the winnowed fingerprints of the student's own code (to rank how much two files match).
/// </summary>
internal sealed class FingerprintedSource
{
    private FingerprintedSource(
        TokenizedSource source,
        int k,
        ImmutableArray<ulong> kGrams,
        ImmutableArray<bool> fromStub,
        IReadOnlyList<Fingerprint> fingerprints)
    {
        Source = source;
        K = k;
        KGrams = kGrams;
        FromStub = fromStub;
        Fingerprints = fingerprints;
        Hashes = fingerprints.Select(f => f.Hash).ToHashSet();
        var positions = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < kGrams.Length; i++)
        {
            if (fromStub[i])
            {
                continue;
            }

            if (!positions.TryGetValue(kGrams[i], out var list))
            {
                positions[kGrams[i]] = list = [];
            }

            list.Add(i);
        }

        Positions = positions;
    }

    public TokenizedSource Source { get; }

    public int K { get; }

    /// <summary>The hash of the k-gram starting at each token.</summary>
    public ImmutableArray<ulong> KGrams { get; }

    /// <summary>For each k-gram, whether the stub has it too: such a k-gram is never counted nor shown.</summary>
    public ImmutableArray<bool> FromStub { get; }

    public IReadOnlyList<Fingerprint> Fingerprints { get; }

    /// <summary>The distinct fingerprint hashes: a pair's similarity is counted on these.</summary>
    public IReadOnlySet<ulong> Hashes { get; }

    /// <summary>Where each k-gram of the student's own starts (ascending): shared stretches are found from it.</summary>
    public IReadOnlyDictionary<ulong, List<int>> Positions { get; }

    /// <param name="stub">Every k-gram hash of the exercise's stub, with the same k; empty when there is none.</param>
    public static FingerprintedSource Create(TokenizedSource source, IReadOnlySet<ulong> stub, int k, int window)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stub);
        var kGrams = KGramHasher.Hashes(source.Tokens, k);
        var fromStub = kGrams.Select(stub.Contains).ToImmutableArray();
        var fingerprints = Winnowing.Choose(kGrams, fromStub, window)
            .Select(i => new Fingerprint(kGrams[i], i, source.Tokens[i].Line, source.Tokens[i + k - 1].EndLine))
            .ToList();
        return new FingerprintedSource(source, k, kGrams, fromStub, fingerprints);
    }

    /// <summary>The hashes of every k-gram of the stub, all of which are taken away from each student's file.</summary>
    public static IReadOnlySet<ulong> StubKGrams(string? stubSource, int k) =>
        stubSource is null
            ? new HashSet<ulong>()
            : KGramHasher.Hashes(CodeTokenizer.Tokenize(stubSource).Tokens, k).ToHashSet();
}
