using Grader.Exercises;

namespace Grader.Batch;

/// <summary>
/// Which exercise a file is for, from its name: <c>01-es-vs-cpu.csx</c>, <c>01.csx</c>, <c>es-vs-cpu.csx</c> or
/// a name that starts with the id (<c>01-es-vs-cpu (1).csx</c>, as browsers save a second copy). Case is ignored.
/// A file-based app (<c>01-es-vs-cpu.cs</c>, what <c>grader empezar</c> writes) is placed as its script would be.
/// </summary>
internal sealed class ExerciseFileMatcher(IReadOnlyList<Exercise> exercises)
{
    public Exercise? Match(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (!FileBasedApp.IsSubmissionName(fileName))
        {
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(fileName).Trim();
        return exercises.FirstOrDefault(e => string.Equals(stem, e.Id, StringComparison.OrdinalIgnoreCase))
            ?? exercises.FirstOrDefault(e => string.Equals(stem, Number(e.Id), StringComparison.OrdinalIgnoreCase)
                || string.Equals(stem, Name(e.Id), StringComparison.OrdinalIgnoreCase))
            ?? exercises.FirstOrDefault(e => stem.StartsWith(e.Id, StringComparison.OrdinalIgnoreCase)
                && (stem.Length == e.Id.Length || !char.IsLetterOrDigit(stem[e.Id.Length])));
    }

    /// <summary>True when the name is the exercise's own file name, the one to prefer when a student sent two.</summary>
    public static bool IsCanonical(string fileName, Exercise exercise) =>
        string.Equals(Path.GetFileNameWithoutExtension(fileName), exercise.Id, StringComparison.OrdinalIgnoreCase);

    private static string Number(string id) => id.Split('-', 2)[0];

    private static string Name(string id) => id.Contains('-', StringComparison.Ordinal) ? id.Split('-', 2)[1] : id;
}
