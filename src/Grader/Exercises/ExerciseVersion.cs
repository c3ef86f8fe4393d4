using System.Security.Cryptography;
using System.Text;

namespace Grader.Exercises;

/// <summary>
/// A short hash of the files that decide a grade (metadata, checks, hidden checks, reference solution): when an
/// instructor edits any of them, every grade given against the old version is stale and batch grading regrades it.
/// </summary>
internal static class ExerciseVersion
{
    /// <summary>
    /// A missing solution hashes as its name alone. Missing hidden checks hash as nothing at all, so an exercise
    /// without them keeps the version it had before hidden checks had a file (its grades stay current).
    /// </summary>
    public static string Of(string metadata, string checks, string? hiddenChecks, string? solution)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = new List<(string File, string? Text)> { (Exercise.MetadataFile, metadata), (Exercise.ChecksFile, checks) };
        if (hiddenChecks is not null)
        {
            files.Add((Exercise.HiddenChecksFile, hiddenChecks));
        }

        files.Add((Exercise.SolutionFile, solution));
        foreach (var (file, text) in files)
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
