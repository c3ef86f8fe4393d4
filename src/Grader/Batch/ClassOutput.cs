using Grader.Gradebook;
using Grader.Reporting;
using Grader.Reporting.Class;

namespace Grader.Batch;

/// <summary>Everything the instructor gets in the output folder, written from the gradebook alone (so merge writes the same).</summary>
internal static class ClassOutput
{
    public const string FeedbackFolder = "retroalimentacion";

    public static ClassResults Write(GradebookStore gradebook, string folder, Language language)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        Directory.CreateDirectory(folder);
        var results = Read(gradebook);
        // Each report is written aside and renamed into place, so an interrupted run never leaves half a file.
        var csvPath = Path.Combine(folder, GradesCsvWriter.FileName);
        using (var csv = new StreamWriter(csvPath + ".tmp"))
        {
            GradesCsvWriter.Write(results, csv);
        }

        File.Move(csvPath + ".tmp", csvPath, overwrite: true);

        var shown = results with
        {
            SimilarPairs = [.. results.SimilarPairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.ExerciseId, StringComparer.Ordinal).Take(MaxReportedPairs)],
        };
        var staging = Directory.CreateDirectory(Path.Combine(folder, ".informe.tmp"));
        var page = ClassReportHtmlWriter.WriteFile(shown, language, staging.FullName);
        File.Move(page, Path.Combine(folder, Path.GetFileName(page)), overwrite: true);
        staging.Delete(recursive: true);
        FeedbackWriter.WriteAll(results, language, Path.Combine(folder, FeedbackFolder));
        return results;
    }

    /// <summary>The class from the gradebook, with every similar pair found (not yet cut to what the page shows).</summary>
    public static ClassResults Read(GradebookStore gradebook)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        var results = gradebook.ReadClass();
        var pairs = SimilarPairs(gradebook, results);
        return results with { SimilarPairs = pairs, SimilarPairsFound = pairs.Count };
    }

    /// <summary>The report details this many pairs at most: past that, an instructor reads the list, not the page.</summary>
    public const int MaxReportedPairs = 50;

    /// <summary>
    /// Similar pairs of every exercise, each compared without the code its stub handed out. Students who handed in
    /// the very same file are linked as a chain (A–B, B–C) instead of all pairs, which would be k² for k copies;
    /// between two such groups, one pair stands for all.
    /// </summary>
    private static List<SimilarPair> SimilarPairs(GradebookStore gradebook, ClassResults results)
    {
        var pairs = new List<SimilarPair>();
        foreach (var exercise in results.Exercises)
        {
            var files = gradebook.CurrentContents(exercise.Id);
            var found = Similarity.SimilarityFinder.Find(
                exercise.Id, [.. files.Select(c => new Similarity.SimilarityInput(c.Student, c.Content))], gradebook.Stub(exercise.Id), Similarity.SimilarityOptions.Default);
            var hash = files.ToDictionary(f => f.Student, f => f.Hash, StringComparer.Ordinal);
            var groups = files.GroupBy(f => hash[f.Student]).Where(g => g.Count() > 1)
                .ToDictionary(g => g.Key, g => g.Select(f => f.Student).Order(StringComparer.Ordinal).ToList());
            var seen = new HashSet<(string, string)>();
            pairs.AddRange(found.Where(p => hash[p.StudentA] == hash[p.StudentB]
                ? Adjacent(groups[hash[p.StudentA]], p.StudentA, p.StudentB)
                : seen.Add(string.CompareOrdinal(hash[p.StudentA], hash[p.StudentB]) < 0 ? (hash[p.StudentA], hash[p.StudentB]) : (hash[p.StudentB], hash[p.StudentA]))));
        }

        return pairs;
    }

    private static bool Adjacent(List<string> group, string a, string b) => Math.Abs(group.IndexOf(a) - group.IndexOf(b)) == 1;
}
