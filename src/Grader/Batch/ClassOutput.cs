using Grader.Gradebook;
using Grader.Reporting;
using Grader.Reporting.Class;

namespace Grader.Batch;

/// <summary>Everything the instructor gets in the output folder, written from the gradebook alone (so merge writes the same).</summary>
internal static class ClassOutput
{
    public static ClassResults Write(GradebookStore gradebook, string folder, Language language)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        Directory.CreateDirectory(folder);
        var results = gradebook.ReadClass();
        using (var csv = new StreamWriter(Path.Combine(folder, GradesCsvWriter.FileName)))
        {
            GradesCsvWriter.Write(results, csv);
        }

        return results;
    }
}
