using Grader.Checks;

namespace Grader.Gradebook;

/// <summary>
/// A whole class's grades as read back from the gradebook: what informe.html, notas.csv and the feedback files
/// are written from. Every student has one <see cref="ExerciseResult"/> per exercise, with status
/// <see cref="ExerciseResult.Missing"/> when nothing was handed in.
/// </summary>
internal sealed record ClassResults(
    IReadOnlyList<ExerciseColumn> Exercises,
    IReadOnlyList<StudentResults> Students,
    IReadOnlyList<SimilarPair> SimilarPairs,
    IReadOnlyList<UnplacedFile> Unplaced,
    DateTimeOffset GeneratedAt)
{
    public int MaxTotal => Exercises.Sum(e => e.MaxScore);

    /// <summary>How many pairs the search found; <see cref="SimilarPairs"/> may hold only the most similar of them.</summary>
    public int SimilarPairsFound { get; init; }

    /// <summary>
    /// The isolation layers that the run of some grade shown here lacked (IsolationLayers.Missing's names); empty when
    /// every run had them all. The reports warn with it, whichever run or merge wrote them.
    /// </summary>
    public IReadOnlyList<string> MissingIsolation { get; init; } = [];
}

/// <summary>One exercise of the class, with the version (hash of its folder) the grades were given against.</summary>
internal sealed record ExerciseColumn(string Id, LocalizedText Title, string Version, int MaxScore, IReadOnlyList<CheckColumn> Checks);

internal sealed record CheckColumn(string Name, int Points, bool Hidden);

/// <summary>A student: the key is the folder name (unique), the name is for people, the Moodle id when the folder came from Moodle.</summary>
internal sealed record StudentResults(string Key, string Name, string? MoodleId, IReadOnlyList<ExerciseResult> Results)
{
    public int Total => Results.Sum(r => r.Score);
}

/// <summary>
/// The latest grading of one student's file for one exercise. <see cref="Status"/> is the results schema's
/// status (pass, fail, error) or <see cref="Missing"/>; <see cref="Reason"/> is set for errors (compile_error, timeout…).
/// </summary>
internal sealed record ExerciseResult(
    string ExerciseId,
    string Status,
    string? Reason,
    int Score,
    int MaxScore,
    LocalizedText Message,
    IReadOnlyList<CheckResult> Checks,
    string? FileName,
    string? ContentHash,
    long DurationMs)
{
    public const string Missing = "missing";
}

/// <summary>One check's outcome; hidden checks carry no expected or actual text.</summary>
internal sealed record CheckResult(
    string Name,
    string Status,
    int Score,
    int MaxScore,
    LocalizedText? Message,
    LocalizedText? Hint,
    bool Hidden,
    string? Expected,
    string? Actual);

/// <summary>Two students' files for one exercise that share more than the threshold, with the fragments they share.</summary>
internal sealed record SimilarPair(string ExerciseId, string StudentA, string StudentB, double Similarity, IReadOnlyList<SharedFragment> Fragments);

/// <summary>A stretch of code both files contain (after names and literals are abstracted): 1-based inclusive lines in each, and A's text.</summary>
internal sealed record SharedFragment(int StartLineA, int EndLineA, int StartLineB, int EndLineB, string TextA, string TextB);

/// <summary>A file found in the submissions that could not be placed as a student's exercise, and why.</summary>
internal sealed record UnplacedFile(string Path, string Reason);
