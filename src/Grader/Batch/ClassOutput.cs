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
        var results = gradebook.ReadClass();
        results = results with { SimilarPairs = SimilarPairs(gradebook, results) };
        using (var csv = new StreamWriter(Path.Combine(folder, GradesCsvWriter.FileName)))
        {
            GradesCsvWriter.Write(results, csv);
        }

        ClassReportHtmlWriter.WriteFile(results, language, folder);
        FeedbackWriter.WriteAll(results, language, Path.Combine(folder, FeedbackFolder));

        return results;
    }

    /// <summary>Similar pairs of every exercise, each compared without the code its stub handed out.</summary>
    private static List<SimilarPair> SimilarPairs(GradebookStore gradebook, ClassResults results) =>
        [.. results.Exercises.SelectMany(e => Similarity.SimilarityFinder.Find(
            e.Id,
            [.. gradebook.CurrentContents(e.Id).Select(c => new Similarity.SimilarityInput(c.Student, c.Content))],
            gradebook.Stub(e.Id),
            Similarity.SimilarityOptions.Default))];
}
