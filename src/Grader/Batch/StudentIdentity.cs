using Grader.Gradebook;

namespace Grader.Batch;

/// <summary>
/// Who a student is, beyond how their folder is spelled. Keys are already NFC (<see cref="StudentFolderName"/>);
/// here spellings that differ only in case are one student too: for Moodle's folders the participant number is the
/// identity, for plain folders the key ignoring case (GitHub user names, say, ignore it too, and two feedback files
/// "Ana" and "ana" cannot both live on macOS or Windows). One student's spellings are merged under the first in
/// ordinal order, exercise by exercise, as long as only one spelling has a file for that exercise: when two do,
/// which is the student's is a guess, so those files are listed. One participant number under two names that
/// differ beyond case is not one student: all of its files are listed.
/// </summary>
internal static class StudentIdentity
{
    public static IReadOnlyList<(HandIn HandIn, T Tag)> Merge<T>(IReadOnlyList<(HandIn HandIn, T Tag)> candidates, List<UnplacedFile> unplaced)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(unplaced);
        var kept = new List<(HandIn, T)>();
        foreach (var student in candidates.GroupBy(c => Identity(c.HandIn), StringComparer.Ordinal))
        {
            var spellings = student.Select(c => c.HandIn.StudentKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (spellings.Count == 1)
            {
                kept.AddRange(student);
                continue;
            }

            var moodleId = student.First().HandIn.MoodleId;
            var names = student.Select(c => c.HandIn.StudentName).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            if (moodleId is not null && names.Count > 1)
            {
                var listed = string.Join(", ", names);
                unplaced.AddRange(student.Select(c => new UnplacedFile(c.HandIn.Path,
                    $"el número de participante {moodleId} aparece con nombres distintos ({listed}) / participant number {moodleId} appears under different names ({listed})")));
                continue;
            }

            var first = student.First(c => c.HandIn.StudentKey == spellings[0]).HandIn;
            foreach (var exercise in student.GroupBy(c => c.HandIn.ExerciseId, StringComparer.Ordinal))
            {
                if (exercise.Select(c => c.HandIn.StudentKey).Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    unplaced.AddRange(exercise.Select(c => new UnplacedFile(c.HandIn.Path,
                        $"otra carpeta del mismo alumno, escrita distinto (mayúsculas), también tiene {exercise.Key} / another folder of the same student, spelled differently (in case), also has {exercise.Key}")));
                    continue;
                }

                kept.AddRange(exercise.Select(c => (c.HandIn with { StudentKey = first.StudentKey, StudentName = first.StudentName }, c.Tag)));
            }
        }

        return kept;
    }

    private static string Identity(HandIn handIn) =>
        handIn.MoodleId is { } id ? "moodle " + id : "folder " + handIn.StudentKey.ToUpperInvariant();
}
