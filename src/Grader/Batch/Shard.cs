using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grader.Grading;

namespace Grader.Batch;

/// <summary>
/// <c>--shard i/n</c> (1 ≤ i ≤ n): a deterministic share of the students, so n machines (a CI matrix, a Kubernetes
/// indexed Job) split a class without talking to each other. Whole students go to one shard, so each shard's
/// gradebook holds complete students and <c>grader merge</c> never has to reconcile two grades of one file.
/// </summary>
internal sealed record Shard(int Index, int Count)
{
    public static Shard All { get; } = new(1, 1);

    public static Shard Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return All;
        }

        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new BadInputException($"--shard '{text}': expected i/n with 1 ≤ i ≤ n, such as 2/4.");
    }

    public bool Owns(string studentKey)
    {
        ArgumentNullException.ThrowIfNull(studentKey);
        if (Count == 1)
        {
            return true;
        }

        // A cryptographic hash, not string.GetHashCode: the share must be the same on every machine and run.
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(studentKey));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(digest) % (ulong)Count) == Index - 1;
    }

    public override string ToString() => $"{Index}/{Count}";
}
