using System.Collections.Immutable;

namespace Grader.Similarity;

/// <summary>
/// The hash of every run of k consecutive abstract tokens, one per start position. The hashes must look
/// random for winnowing's minimum to pick evenly spread k-grams, so each one is mixed after it is built; they
/// are the same in every run, so a class's results can be reproduced.
/// </summary>
internal static class KGramHasher
{
    private const ulong Seed = 0xcbf29ce484222325;
    private const ulong Prime = 0x100000001b3;

    public static ImmutableArray<ulong> Hashes(ImmutableArray<AbstractToken> tokens, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var count = tokens.Length - k + 1;
        if (count <= 0)
        {
            return [];
        }

        var hashes = new ulong[count];
        for (var start = 0; start < count; start++)
        {
            var hash = Seed;
            for (var i = start; i < start + k; i++)
            {
                hash = (hash ^ (uint)tokens[i].Symbol) * Prime;
            }

            hashes[start] = Mix(hash);
        }

        return ImmutableArray.Create(hashes);
    }

    /// <summary>Spreads every input bit over the whole word (the usual 64-bit finalizer: xor-shift, multiply, repeat).</summary>
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9;
        value = (value ^ (value >> 27)) * 0x94d049bb133111eb;
        return value ^ (value >> 31);
    }
}
