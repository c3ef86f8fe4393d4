using System.Security.Cryptography;
using System.Text;

namespace Grader.Exercises;

/// <summary>
/// A short hash of the files that decide a grade (metadata, checks, reference solution): when an instructor edits
/// any of them, every grade given against the old version is stale and batch grading regrades it.
/// </summary>
internal static class ExerciseVersion
{
    public static string Of(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in new[] { Exercise.MetadataFile, Exercise.ChecksFile, Exercise.SolutionFile })
        {
            var path = Path.Combine(exercise.Directory, file);
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            if (File.Exists(path))
            {
                // Line endings are normalised so a checkout on Windows grades against the same version.
                hash.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(path).ReplaceLineEndings("\n")));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
