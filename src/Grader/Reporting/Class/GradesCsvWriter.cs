using CsvHelper;
using Grader.Gradebook;

namespace Grader.Reporting.Class;

/// <summary>
/// <c>notas.csv</c>, one row per student, for the LMS gradebooks. Canvas matches rows by <c>SIS User ID</c> and
/// assignment columns by name; Moodle's assignment grading worksheet matches <c>Identifier</c>
/// ("Participant 12345", the number in Moodle's download folder names) and reads <c>Grade</c>; Moodle's
/// gradebook CSV import lets the instructor map any column. Points are whole numbers, so no decimal separator.
/// Names and keys come from folder names a student chose: <see cref="SpreadsheetCsv"/> keeps them text.
/// </summary>
internal static class GradesCsvWriter
{
    public const string FileName = "notas.csv";

    private static readonly string[] FixedColumns = ["Student", "SIS User ID", "Identifier"];

    public static void Write(ClassResults results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var csv = CsvWriter.Create(output, SpreadsheetCsv.Options, true);
        csv.WriteRecord([.. FixedColumns, .. results.Exercises.Select(e => e.Id), "Grade", "Maximum Grade"]);
        foreach (var student in results.Students)
        {
            csv.WriteField(student.Name);
            csv.WriteField(student.Key);
            csv.WriteField(student.MoodleId is { } id ? "Participant " + id : student.Key);
            foreach (var result in student.Results)
            {
                csv.WriteField(result.Score);
            }

            csv.WriteField(student.Total);
            csv.WriteField(results.MaxTotal);
            csv.EndRecord();
        }

        csv.Flush();
    }
}
