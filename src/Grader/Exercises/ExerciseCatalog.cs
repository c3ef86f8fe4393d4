using Grader.Reporting;

namespace Grader.Exercises;

/// <summary>The exercises of one folder: each subfolder with an <c>ejercicio.yaml</c> is one.</summary>
internal sealed class ExerciseCatalog(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>
    /// The folder as messages name it: where the tool is installed is nobody's business but the tool's (and a
    /// student who is shown it finds the course's files there).
    /// </summary>
    public string Shown => IsBundled ? UiText.Say("los ejercicios que trae grader", "grader's own exercises") : Path.GetRelativePath(Environment.CurrentDirectory, Root);

    public bool IsBundled => Root == Bundled;

    private static string Bundled => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "exercises"));

    /// <summary>
    /// The folder given with --exercises; else <c>exercises/</c> of the current folder when there is one;
    /// else the exercises that ship next to the tool.
    /// </summary>
    public static ExerciseCatalog Locate(string? option)
    {
        if (option is not null)
        {
            return Directory.Exists(option)
                ? new ExerciseCatalog(option)
                : throw new InvalidExerciseException(UiText.Say($"La carpeta de ejercicios «{option}» no existe.", $"The exercises folder '{option}' does not exist."));
        }

        var local = Path.Combine(Environment.CurrentDirectory, "exercises");
        return new ExerciseCatalog(Directory.Exists(local) ? local : Bundled);
    }

    public IReadOnlyList<Exercise> All() =>
        Directory.Exists(Root)
            ? Directory.EnumerateDirectories(Root)
                .Where(d => File.Exists(Path.Combine(d, Exercise.MetadataFile)))
                .Select(d => Load(Path.GetFileName(d)))
                .OrderBy(e => e.Metadata.Order)
                .ThenBy(e => e.Id, StringComparer.Ordinal)
                .ToList()
            : [];

    public Exercise Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var directory = Path.Combine(Root, id);
        if (id.IndexOfAny(['/', '\\']) >= 0 || !File.Exists(Path.Combine(directory, Exercise.MetadataFile)))
        {
            var known = string.Join(", ", All().Select(e => e.Id));
            throw new InvalidExerciseException(
                UiText.Say($"No hay ningún ejercicio «{id}» en {Shown}.", $"There is no exercise '{id}' in {Shown}.")
                + (known.Length > 0 ? UiText.Say($" Ejercicios: {known}.", $" Exercises: {known}.") : ""));
        }

        return Load(id);
    }

    /// <summary>
    /// An exercise as a student types it: its id, its number (<c>01</c>, <c>1</c>) or its name (<c>es-vs-cpu</c>),
    /// case ignored. Anything else, or a name that fits several, is <see cref="Find"/>'s to refuse, with its message.
    /// </summary>
    public Exercise Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var matches = All().Where(e => string.Equals(e.Id, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Name(e.Id), name, StringComparison.OrdinalIgnoreCase)
                || (int.TryParse(name, out var number) && number >= 0 && int.TryParse(e.Id.Split('-', 2)[0], out var own) && own == number))
            .ToList();
        return Find(matches.Count == 1 ? matches[0].Id : name);
    }

    private static string Name(string id) => id.Contains('-', StringComparison.Ordinal) ? id.Split('-', 2)[1] : id;

    private Exercise Load(string id)
    {
        var directory = Path.Combine(Root, id);
        var metadataPath = Path.Combine(directory, Exercise.MetadataFile);
        var metadata = MetadataFile.Parse(File.ReadAllText(metadataPath), Path.Combine(id, Exercise.MetadataFile));
        var exercise = new Exercise(id, directory, metadata) { HasHiddenChecksFile = File.Exists(Path.Combine(directory, Exercise.HiddenChecksFile)) };
        if (!File.Exists(exercise.ChecksPath))
        {
            var checks = Path.Combine(id, Exercise.ChecksFile);
            throw new InvalidExerciseException(UiText.Say($"Falta {checks}.", $"{checks} is missing."));
        }

        HiddenChecks.Verify(exercise);
        return exercise;
    }
}
