using System.Collections.Immutable;
using Grader.Similarity;

namespace Grader.Tests.Similarity;

public sealed class WinnowingTests
{
    [Fact]
    public void Any_run_of_a_window_of_hashes_in_both_files_leaves_a_shared_fingerprint()
    {
        var random = new Random(7);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var shared = Hashes(random, 4);
            var a = Hashes(random, random.Next(0, 30)).Concat(shared).Concat(Hashes(random, random.Next(0, 30))).ToImmutableArray();
            var b = Hashes(random, random.Next(0, 30)).Concat(shared).Concat(Hashes(random, random.Next(0, 30))).ToImmutableArray();

            var chosenA = Winnowing.Choose(a, Keep(a), 4).Select(i => a[i]);
            var chosenB = Winnowing.Choose(b, Keep(b), 4).Select(i => b[i]);

            Assert.NotEmpty(chosenA.Intersect(chosenB).Intersect(shared));
        }
    }

    [Fact]
    public void Keeps_the_smallest_of_each_window_once_and_skips_the_ignored()
    {
        ImmutableArray<ulong> hashes = [5, 3, 9, 3, 8, 7, 6, 1];

        Assert.Equal([1, 3, 6, 7], Winnowing.Choose(hashes, Keep(hashes), 3));
        Assert.Equal([1, 4, 5, 6, 7], Winnowing.Choose(hashes, [false, false, false, true, false, false, false, false], 3));
        Assert.Equal([1], Winnowing.Choose([4, 2], [false, false], 5));
        Assert.Empty(Winnowing.Choose(hashes, [.. hashes.Select(_ => true)], 3));
    }

    [Fact]
    public void Fingerprints_know_their_lines_and_the_stub_leaves_none_of_its_own()
    {
        var source = CodeTokenizer.Tokenize(string.Join("\n", Enumerable.Range(1, 20).Select(i => $"var v{i} = F(x, {i}) + G(y);")));
        var stub = FingerprintedSource.StubKGrams("var a = F(x, 1) + G(y);\nvar b = F(x, 2) + G(y);\n", 12);

        var alone = FingerprintedSource.Create(source, new HashSet<ulong>(), 12, 4);
        var afterStub = FingerprintedSource.Create(source, stub, 12, 4);

        Assert.NotEmpty(alone.Fingerprints);
        Assert.All(alone.Fingerprints, f => Assert.True(f.StartLine <= f.EndLine && f.EndLine - f.StartLine <= 1 && f.EndLine <= 20));
        Assert.Empty(afterStub.Fingerprints);
    }

    private static ImmutableArray<bool> Keep(ImmutableArray<ulong> hashes) => [.. hashes.Select(_ => false)];

    private static ulong[] Hashes(Random random, int count) => Enumerable.Range(0, count).Select(_ => (ulong)random.NextInt64()).ToArray();
}
