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

    public static TheoryData<string> SubmissionsOf(string exerciseId)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Submissions, exerciseId), "*.csx").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}
