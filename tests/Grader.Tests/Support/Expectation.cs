namespace Grader.Tests.Support;

/// <summary>
/// The verdict a submission under Envios/ must get, from its first line: <c>// espera: falla check_a, check_b</c>.
/// </summary>
internal static class Expectation
{
    private const string Prefix = "// espera: falla ";

    public static IReadOnlyList<string> FailingChecks(string path)
    {
        var first = File.ReadLines(path).First();
        Assert.StartsWith(Prefix, first, StringComparison.Ordinal);
        return first[Prefix.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Grades Envios/&lt;exercise&gt;/&lt;file&gt; and asserts that it fails exactly the checks its first line names.</summary>
    public static async Task AssertGradedAsDeclaredAsync(string exerciseId, string file)
    {
        var path = Path.Combine(RepoPaths.Submissions, exerciseId, file);

        var report = await Grading.FileAsync(exerciseId, path);

        Assert.Equal(Grader.Grading.GradeStatus.Fail, report.Status);
        Assert.True(FailingChecks(path).Order().SequenceEqual(Grading.Failing(report).Order()), Grading.Describe(report));
    }

    /// <summary>(exercise, file) for every wrong submission of the exercises that do, or do not, measure time.</summary>
    public static TheoryData<string, string> Submissions(bool measuresTime)
    {
        var data = new TheoryData<string, string>();
        foreach (var exercise in Grading.Catalog.All().Where(e => e.Metadata.MeasuresTime == measuresTime))
        {
            var folder = Path.Combine(RepoPaths.Submissions, exercise.Id);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.csx").Order(StringComparer.Ordinal))
            {
                data.Add(exercise.Id, Path.GetFileName(file));
            }
        }

        return data;
    }
}
