using Grader.Exercises;
using Grader.Gradebook;
using Grader.Grading;

namespace Grader.Batch;

/// <summary>
/// Places every file of a class's submissions: <c>ALUMNO/ID.csx</c>, Moodle's download folder, or a zip of
/// either (also with one wrapping folder). What cannot be placed is listed with the reason, never dropped.
/// </summary>
internal sealed class SubmissionInbox
{
    public required IReadOnlyList<HandIn> HandIns { get; init; }

    public required IReadOnlyList<UnplacedFile> Unplaced { get; init; }

    public static SubmissionInbox Open(string path, IReadOnlyList<Exercise> exercises)
    {
        var entries = InboxEntries.Read(path, out var owner);
        using (owner)
        {
            return Place(StripWrapper(entries), exercises);
        }
    }

    public static SubmissionInbox Place(IReadOnlyList<InboxEntry> entries, IReadOnlyList<Exercise> exercises)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var matcher = new ExerciseFileMatcher(exercises);
        var unplaced = new List<UnplacedFile>();
        var candidates = new List<(HandIn HandIn, Exercise Exercise)>();
        foreach (var entry in entries)
        {
            var parts = entry.RelativePath.Split('/');
            if (parts.Any(p => p is ".." or "." or ""))
            {
                unplaced.Add(new UnplacedFile(entry.RelativePath, "ruta no válida en el zip / invalid path in the zip"));
                continue;
            }

            (string Key, string Name, string? MoodleId) student;
            var fileName = parts[^1];
            if (parts.Length >= 2)
            {
                student = StudentFolderName.Parse(parts[0]);
            }
            else if (!StudentFolderName.TryParseFlatFile(fileName, out student, out fileName))
            {
                unplaced.Add(new UnplacedFile(entry.RelativePath, "no está en la carpeta de un alumno / not inside a student's folder"));
                continue;
            }

            var exercise = matcher.Match(fileName);
            if (exercise is null)
            {
                unplaced.Add(new UnplacedFile(entry.RelativePath, fileName.EndsWith(".csx", StringComparison.OrdinalIgnoreCase)
                    ? "ningún ejercicio se llama así / no exercise has this name"
                    : "no es un archivo .csx / not a .csx file"));
                continue;
            }

            if (entry.Length > SubmissionFile.MaxBytes)
            {
                unplaced.Add(new UnplacedFile(entry.RelativePath, $"mayor de {SubmissionFile.MaxBytes / 1024} KB / larger than {SubmissionFile.MaxBytes / 1024} KB"));
                continue;
            }

            candidates.Add((new HandIn(student.Key, student.Name, student.MoodleId, exercise.Id, fileName, entry.RelativePath, entry.ReadText()), exercise));
        }

        var handIns = new List<HandIn>();
        foreach (var group in candidates.GroupBy(c => (c.HandIn.StudentKey, c.HandIn.ExerciseId)))
        {
            var files = group.ToList();
            var chosen = files.Count == 1 ? files[0] : files.SingleOrDefault(f => ExerciseFileMatcher.IsCanonical(f.HandIn.FileName, f.Exercise));
            if (chosen.HandIn is null)
            {
                unplaced.AddRange(files.Select(f => new UnplacedFile(f.HandIn.Path,
                    $"varios archivos para {group.Key.ExerciseId}, ninguno se llama {group.Key.ExerciseId}.csx / several files for {group.Key.ExerciseId}, none named {group.Key.ExerciseId}.csx")));
                continue;
            }

            handIns.Add(chosen.HandIn);
            unplaced.AddRange(files.Where(f => f.HandIn != chosen.HandIn).Select(f => new UnplacedFile(f.HandIn.Path,
                $"se corrigió {chosen.HandIn.FileName} para {group.Key.ExerciseId} / {chosen.HandIn.FileName} was graded for {group.Key.ExerciseId}")));
        }

        return new SubmissionInbox
        {
            HandIns = [.. handIns.OrderBy(h => h.StudentKey, StringComparer.Ordinal).ThenBy(h => h.ExerciseId, StringComparer.Ordinal)],
            Unplaced = [.. unplaced.OrderBy(u => u.Path, StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// Zips made by hand often wrap the class in one folder: look through a folder that everything is in when
    /// what it holds are students' folders (deeper paths) or Moodle's flat files, never a lone student's files.
    /// </summary>
    private static IReadOnlyList<InboxEntry> StripWrapper(IReadOnlyList<InboxEntry> entries)
    {
        while (entries.Count > 0)
        {
            var first = entries[0].RelativePath.Split('/')[0];
            var wrapped = entries.All(e => e.RelativePath.StartsWith(first + "/", StringComparison.Ordinal)
                && (e.RelativePath.Count(c => c == '/') >= 2 || StudentFolderName.TryParseFlatFile(e.RelativePath[(first.Length + 1)..], out _, out _)));
            if (!wrapped)
            {
                break;
            }

            entries = [.. entries.Select(e => e with { RelativePath = e.RelativePath[(first.Length + 1)..] })];
        }

        return entries;
    }
}
