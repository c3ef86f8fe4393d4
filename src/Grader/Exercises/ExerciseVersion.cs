using System.Security.Cryptography;
using System.Text;

namespace Grader.Exercises;

/// <summary>
/// A short hash of the files that decide a grade (metadata, checks, reference solution): when an instructor edits
/// any of them, every grade given against the old version is stale and batch grading regrades it.
/// </summary>
internal static class ExerciseVersion
{
    /// <summary>A missing file (no solution) hashes as its name alone.</summary>
    public static string Of(string metadata, string checks, string? solution)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (file, text) in new[] { (Exercise.MetadataFile, metadata), (Exercise.ChecksFile, checks), (Exercise.SolutionFile, solution) })
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            if (text is not null)
            {
                // Line endings are normalised so a checkout on Windows grades against the same version.
                hash.AppendData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
