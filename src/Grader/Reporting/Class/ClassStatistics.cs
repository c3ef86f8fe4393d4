using Grader.Gradebook;

namespace Grader.Reporting.Class;

/// <summary>
/// What informe.html summarises, computed once from the class's results so the tables and the charts can never
/// disagree. Messages are grouped by their text in the report's language, as the teacher reads them.
/// </summary>
internal sealed record ClassStatistics(
    double? MeanTotal,
    double? MedianTotal,
    IReadOnlyList<ExerciseStatistics> Exercises,
    IReadOnlyList<CheckStatistics> Checks,
    IReadOnlyList<HistogramBin> Histogram,
    IReadOnlyList<FeedbackGroup> FrequentMessages,
    IReadOnlyList<ReasonGroup> ErrorsByReason)
{
    public const int MostFrequentMessages = 15;
    public const int ReasonExamples = 5;

    public static ClassStatistics From(ClassResults results, Language language)
    {
        ArgumentNullException.ThrowIfNull(results);
        var totals = results.Students.Select(s => s.Total).Order().ToList();
        return new ClassStatistics(
            totals.Count == 0 ? null : totals.Average(),
            Median(totals),
            results.Exercises.Select(e => ExerciseStatistics.Of(e, results.Students)).ToList(),
            results.Exercises.SelectMany(e => e.Checks.Select(c => CheckStatistics.Of(e, c, results.Students))).ToList(),
            HistogramBin.Of(totals, results.MaxTotal),
            FeedbackGroup.Of(results, language),
            ReasonGroup.Of(results));
    }

    /// <summary>The failed checks that most students failed, for the horizontal bar chart.</summary>
    public IReadOnlyList<CheckStatistics> MostFailed(int count) =>
        Checks.Where(c => c.Failed > 0).OrderByDescending(c => c.Failed).Take(count).ToList();

    private static double? Median(List<int> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2.0,
    };

    /// <summary>A student's result for an exercise; a student the gradebook has no line for counts as not handing it in.</summary>
    internal static ExerciseResult? ResultOf(StudentResults student, string exerciseId) =>
        student.Results.FirstOrDefault(r => r.ExerciseId == exerciseId);
}

/// <summary>How one exercise went: the pass rate is over the submissions handed in, a missing one is not a failure.</summary>
internal sealed record ExerciseStatistics(ExerciseColumn Exercise, int Passed, int Failed, int Errors, int Missing, double? MeanScore)
{
    public int HandedIn => Passed + Failed + Errors;

    public double? PassRate => HandedIn == 0 ? null : (double)Passed / HandedIn;

    public static ExerciseStatistics Of(ExerciseColumn exercise, IReadOnlyList<StudentResults> students)
    {
        var statuses = students.Select(s => ClassStatistics.ResultOf(s, exercise.Id)).ToList();
        var handedIn = statuses.Where(r => r is not null && r.Status != ExerciseResult.Missing).Select(r => r!).ToList();
        return new ExerciseStatistics(
            exercise,
            handedIn.Count(r => r.Status == "pass"),
            handedIn.Count(r => r.Status == "fail"),
            // Any status the schema may add later is shown with the errors rather than lost.
            handedIn.Count(r => r.Status is not "pass" and not "fail"),
            statuses.Count - handedIn.Count,
            handedIn.Count == 0 ? null : handedIn.Average(r => r.Score));
    }
}

/// <summary>How one check went over the submissions that ran it; "not measurable" (skip) counts for neither side.</summary>
internal sealed record CheckStatistics(string ExerciseId, CheckColumn Check, int Passed, int Failed)
{
    public int Graded => Passed + Failed;

    public double? PassRate => Graded == 0 ? null : (double)Passed / Graded;

    public static CheckStatistics Of(ExerciseColumn exercise, CheckColumn check, IReadOnlyList<StudentResults> students)
    {
        var outcomes = students
            .Select(s => ClassStatistics.ResultOf(s, exercise.Id))
            .SelectMany(r => r?.Checks ?? [])
            .Where(c => c.Name == check.Name)
            .ToList();
        return new CheckStatistics(exercise.Id, check, outcomes.Count(c => c.Status == "pass"), outcomes.Count(c => IsFailed(c.Status)));
    }

    public static bool IsFailed(string status) => status is "fail" or "error";
}

/// <summary>One bar of the totals' histogram: the students whose total is in [From, To].</summary>
internal sealed record HistogramBin(int From, int To, int Count)
{
    /// <summary>
    /// About ten bars of equal width whatever the maximum, so the shape is not an artefact of the binning; a last
    /// bar at most half as wide as the others joins the one before it instead of standing alone (24 out of 24).
    /// </summary>
    public static IReadOnlyList<HistogramBin> Of(IReadOnlyList<int> totals, int maxTotal)
    {
        var max = Math.Max(0, maxTotal);
        var width = Math.Max(1, (int)Math.Ceiling((max + 1) / 10.0));
        var ranges = new List<(int From, int To)>();
        for (var from = 0; from <= max; from += width)
        {
            ranges.Add((from, Math.Min(max, from + width - 1)));
        }

        if (ranges.Count > 1 && (ranges[^1].To - ranges[^1].From + 1) * 2 <= width)
        {
            ranges[^2] = (ranges[^2].From, max);
            ranges.RemoveAt(ranges.Count - 1);
        }

        return ranges
            .Select((r, i) => new HistogramBin(r.From, r.To, totals.Count(t => (t >= r.From || i == 0) && (t <= r.To || i == ranges.Count - 1))))
            .ToList();
    }
}

/// <summary>Identical feedback given to several students for the same check: what the class as a whole got wrong.</summary>
internal sealed record FeedbackGroup(string ExerciseId, string Check, string Message, int Count, string ExampleStudent)
{
    public static IReadOnlyList<FeedbackGroup> Of(ClassResults results, Language language)
    {
        var order = results.Exercises.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i);
        return results.Students
            .SelectMany(s => s.Results.SelectMany(r => r.Checks
                .Where(c => CheckStatistics.IsFailed(c.Status) && c.Message is not null && !string.IsNullOrWhiteSpace(c.Message.In(language)))
                .Select(c => (Student: s.Name, r.ExerciseId, Check: c.Name, Message: c.Message!.In(language)))))
            .GroupBy(f => (f.ExerciseId, f.Check, f.Message))
            .Select(g => new FeedbackGroup(g.Key.ExerciseId, g.Key.Check, g.Key.Message, g.Count(), g.First().Student))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => order.GetValueOrDefault(g.ExerciseId, int.MaxValue))
            .ThenBy(g => g.Check, StringComparer.Ordinal)
            .ThenBy(g => g.Message, StringComparer.Ordinal)
            .Take(ClassStatistics.MostFrequentMessages)
            .ToList();
    }
}

/// <summary>Gradings that ended in error for one reason (compile_error, timeout…), with a few of them named.</summary>
internal sealed record ReasonGroup(string? Reason, int Count, IReadOnlyList<string> Examples)
{
    public static IReadOnlyList<ReasonGroup> Of(ClassResults results) => results.Students
        .SelectMany(s => s.Results.Where(r => r.Status == "error").Select(r => (Student: s.Name, Result: r)))
        .GroupBy(e => e.Result.Reason ?? "")
        .Select(g => new ReasonGroup(
            g.Key.Length == 0 ? null : g.Key,
            g.Count(),
            g.Take(ClassStatistics.ReasonExamples).Select(e => $"{e.Student} · {e.Result.ExerciseId}").ToList()))
        .OrderByDescending(g => g.Count)
        .ThenBy(g => g.Reason, StringComparer.Ordinal)
        .ToList();
}
