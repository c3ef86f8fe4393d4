using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Grader.Gradebook;

namespace Grader.Reporting.Class;

/// <summary>
/// The data island of informe.html (<c>&lt;script type="application/json" id="datos"&gt;</c>): what the charts are
/// drawn from, and the class's results for anyone who wants to reuse them from the page alone.
/// </summary>
internal sealed record ClassReportData(
    int Version,
    string Lang,
    DateTimeOffset GeneratedAt,
    int MaxTotal,
    double? MeanTotal,
    double? MedianTotal,
    IReadOnlyList<ExerciseData> Exercises,
    IReadOnlyList<StudentData> Students,
    IReadOnlyList<ChartSpec> Charts,
    IReadOnlyList<FeedbackGroup> FrequentMessages,
    IReadOnlyList<ReasonData> ErrorsByReason,
    IReadOnlyList<SimilarPair> SimilarPairs,
    IReadOnlyList<UnplacedFile> Unplaced)
{
    public const int CurrentVersion = 1;

    /// <summary>
    /// The encoder escapes &lt; &gt; &amp; and quotes as \u003C…, so no student text can spell <c>&lt;/script</c> or
    /// <c>&lt;!--</c> and end the island early; every other character, accents included, is kept as written.
    /// </summary>
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static ClassReportData From(ClassResults results, ClassStatistics statistics, IReadOnlyList<ChartSpec> charts, Language language)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(statistics);
        var words = new StatusWords(language);
        return new ClassReportData(
            CurrentVersion,
            language.Code(),
            results.GeneratedAt,
            results.MaxTotal,
            statistics.MeanTotal,
            statistics.MedianTotal,
            results.Exercises.Select(e => new ExerciseData(e.Id, e.Title.In(language), e.Version, e.MaxScore)).ToList(),
            results.Students.Select(s => new StudentData(
                s.Key,
                s.Name,
                s.MoodleId,
                s.Total,
                s.Results.Select(r => new StudentExerciseData(r.ExerciseId, r.Status, r.Reason, r.Score, r.MaxScore)).ToList())).ToList(),
            charts,
            statistics.FrequentMessages,
            statistics.ErrorsByReason.Select(g => new ReasonData(g.Reason, words.Reason(g.Reason), g.Count)).ToList(),
            results.SimilarPairs,
            results.Unplaced);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}

internal sealed record ExerciseData(string Id, string Title, string Version, int MaxScore);

internal sealed record StudentData(string Key, string Name, string? MoodleId, int Total, IReadOnlyList<StudentExerciseData> Results);

internal sealed record StudentExerciseData(string Exercise, string Status, string? Reason, int Score, int MaxScore);

internal sealed record ReasonData(string? Reason, string Label, int Count);
