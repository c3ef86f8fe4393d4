using System.Security.Cryptography;
using System.Text;

namespace Grader.Batch;

/// <summary>One student's file for one exercise, found in the submissions folder or zip.</summary>
/// <param name="StudentKey">The student's folder name without Moodle's suffix: unique within the class.</param>
/// <param name="Path">Where it was found, relative to the submissions' root, for messages.</param>
internal sealed record HandIn(string StudentKey, string StudentName, string? MoodleId, string ExerciseId, string FileName, string Path, string Content)
{
    public string Hash { get; } = ContentHash(Content);

    /// <summary>SHA-256 of the text with line endings normalised: re-saving a file on another OS is not a new submission.</summary>
    public static string ContentHash(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\n"))));
    }
}
