using Grader.Exercises;
using Grader.Gradebook;

namespace Grader.Batch;

/// <summary>
/// Places every file of a class's submissions: <c>ALUMNO/ID.csx</c>, Moodle's download folder, or a zip of
/// either (also with one wrapping folder). What cannot be placed is listed with the reason, never dropped.
/// </summary>
internal sealed class SubmissionInbox
{
    public required IReadOnlyList<HandIn> HandIns { get; init; }

    public required IReadOnlyList<UnplacedFile> Unplaced { get; init; }

    public static SubmissionInbox Open(string path, IReadOnlyList<Exercise> exercises, InboxLimits? limits = null)
    {
        limits ??= InboxLimits.Default;
        var entries = InboxEntries.Read(path, limits, out var owner);
        using (owner)
        {
            // Refused first, before the wrapper is looked for: a link or a FIFO at the root must not stop the class's
            // folders from being seen as such, and a bad name must not reach a student's key.
            var refused = entries
                .Select(e => (Entry: e, Reason: e.Refusal ?? InboxNames.Problem(e.RelativePath)))
                .Where(r => r.Reason is not null)
                .Select(r => new UnplacedFile(InboxNames.Escape(r.Entry.RelativePath), r.Reason!))
                .ToList();
            var usable = entries.Where(e => e.Refusal is null && InboxNames.Problem(e.RelativePath) is null).ToList();
            var junk = usable.Where(IsSystemFile).ToList();
            var placed = Place(StripWrapper([.. usable.Except(junk)]), exercises, limits);
            return new SubmissionInbox
            {
                HandIns = placed.HandIns,
                Unplaced = [.. placed.Unplaced.Concat(refused).Concat(junk.Select(j => new UnplacedFile(j.RelativePath, "archivo del sistema, no de un alumno / a system file, not a student's")))
                    .OrderBy(u => u.Path, StringComparer.Ordinal)],
            };
        }
    }

    public static SubmissionInbox Place(IReadOnlyList<InboxEntry> entries, IReadOnlyList<Exercise> exercises, InboxLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        limits ??= InboxLimits.Default;
        var matcher = new ExerciseFileMatcher(exercises);
        var unplaced = new List<UnplacedFile>();
        var candidates = new List<(HandIn HandIn, Exercise Exercise)>();
        var budget = limits.MaxTotalBytes;
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
                unplaced.Add(new UnplacedFile(entry.RelativePath, FileBasedApp.IsSubmissionName(fileName)
                    ? "ningún ejercicio se llama así / no exercise has this name"
                    : "no es un archivo .csx ni .cs / not a .csx or .cs file"));
                continue;
            }

            if (entry.Length > limits.MaxFileBytes)
            {
                unplaced.Add(new UnplacedFile(entry.RelativePath, RefusedEntryException.TooLarge(limits.MaxFileBytes).Message));
                continue;
            }

            if (entry.Length > budget)
            {
                var total = InboxLimits.Size(limits.MaxTotalBytes);
                unplaced.Add(new UnplacedFile(entry.RelativePath, $"las entregas pasan de {total} en total: no se lee / the submissions are more than {total} in all: not read"));
                continue;
            }

            budget -= entry.Length;
            string content;
            try
            {
                content = entry.ReadText();
            }
            catch (RefusedEntryException e)
            {
                unplaced.Add(new UnplacedFile(entry.RelativePath, e.Message));
                continue;
            }
            catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException or UnauthorizedAccessException)
            {
                unplaced.Add(new UnplacedFile(entry.RelativePath, $"no se puede leer / cannot be read: {e.Message}"));
                continue;
            }

            candidates.Add((new HandIn(student.Key, student.Name, student.MoodleId, exercise.Id, fileName, entry.RelativePath, content), exercise));
        }

        var handIns = new List<HandIn>();
        foreach (var group in StudentIdentity.Merge(candidates, unplaced).GroupBy(c => (c.HandIn.StudentKey, c.HandIn.ExerciseId)))
        {
            var files = group.ToList();
            var canonical = files.Where(f => ExerciseFileMatcher.IsCanonical(f.HandIn.FileName, f.Tag)).ToList();
            var chosen = files.Count == 1 ? files[0] : canonical.Count == 1 ? canonical[0] : default;
            if (chosen.HandIn is null)
            {
                unplaced.AddRange(files.Select(f => new UnplacedFile(f.HandIn.Path,
                    $"varios archivos para {group.Key.ExerciseId} y no uno solo llamado {group.Key.ExerciseId}.csx / several files for {group.Key.ExerciseId}, and not exactly one named {group.Key.ExerciseId}.csx")));
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

    /// <summary>What archivers and file browsers add (<c>__MACOSX/</c>, <c>.DS_Store</c>, hidden files): never a student's.</summary>
    private static bool IsSystemFile(InboxEntry entry) =>
        entry.RelativePath.Split('/').Any(part => part == "__MACOSX" || (part.StartsWith('.') && part is not "." and not ".."))
        || string.Equals(Path.GetFileName(entry.RelativePath), "Thumbs.db", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Zips made by hand often wrap the class in one folder: look through a folder that everything is in when
    /// what it holds are students' folders or Moodle's flat files, never a lone student's own exercise files.
    /// </summary>
    private static IReadOnlyList<InboxEntry> StripWrapper(IReadOnlyList<InboxEntry> entries)
    {
        while (entries.Count > 0)
        {
            var first = entries[0].RelativePath.Split('/')[0];
            if (!entries.All(e => e.RelativePath.StartsWith(first + "/", StringComparison.Ordinal)))
            {
                break;
            }

            // Inside the wrapper: students' folders (deeper paths) or Moodle's flat files, and perhaps a README;
            // a plain .csx (or .cs) right inside it means the folder is a student's own.
            var inside = entries.Select(e => e.RelativePath[(first.Length + 1)..]).ToList();
            var wrapped = inside.Any(p => p.Contains('/', StringComparison.Ordinal) || StudentFolderName.TryParseFlatFile(p, out _, out _))
                && !inside.Any(p => !p.Contains('/', StringComparison.Ordinal) && FileBasedApp.IsSubmissionName(p)
                    && !StudentFolderName.TryParseFlatFile(p, out _, out _));
            if (!wrapped)
            {
                break;
            }

            entries = [.. entries.Select(e => e with { RelativePath = e.RelativePath[(first.Length + 1)..] })];
        }

        return entries;
    }
}
