using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Batch;

/// <summary>
/// Reads a student's folder name. Moodle's "download all submissions" names it
/// <c>Full Name_12345_assignsubmission_file_</c> (and <c>..._onlinetext_</c> for the same student): those fold
/// into one student, <c>Full Name_12345</c>; any other folder name is the student's key and name as it is.
/// Both in Unicode's composed form (NFC): macOS and some archivers write "María" decomposed (NFD), and the same
/// student spelled both ways was two students with one "Participant" number.
/// </summary>
internal static partial class StudentFolderName
{
    public static (string Key, string Name, string? MoodleId) Parse(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        folder = folder.Normalize(NormalizationForm.FormC);
        var match = MoodleFolder().Match(folder);
        if (match.Success)
        {
            var name = match.Groups["name"].Value.Trim();
            var id = match.Groups["id"].Value;
            return ($"{name}_{id}", name, id);
        }

        return (folder, folder, null);
    }

    /// <summary>
    /// Moodle without "download submissions in folders" puts every file at the root as
    /// <c>Full Name_12345_assignsubmission_file_01-es-vs-cpu.csx</c>: the student and the file's own name.
    /// </summary>
    public static bool TryParseFlatFile(string fileName, out (string Key, string Name, string? MoodleId) student, out string innerName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var match = MoodleFlatFile().Match(fileName);
        student = match.Success ? Parse(match.Groups["folder"].Value) : default;
        innerName = match.Success ? match.Groups["file"].Value : fileName;
        return match.Success;
    }

    [GeneratedRegex(@"^(?<name>.+)_(?<id>\d+)_assign(submission|feedback)_[a-z0-9]+_?$", RegexOptions.CultureInvariant)]
    private static partial Regex MoodleFolder();

    [GeneratedRegex(@"^(?<folder>.+_\d+_assignsubmission_[a-z0-9]+_)(?<file>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MoodleFlatFile();
}
