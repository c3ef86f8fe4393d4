using System.Globalization;
using System.Text;
using Grader.Gradebook;
using Grader.Reporting;
using Grader.Reporting.Class;
using Grader.Tests.Reporting;
using Grader.Tests.Support;

namespace Grader.Tests.ClassReport;

/// <summary>
/// notas.csv and indice.csv open in a spreadsheet, which runs a cell that starts like a formula. A student names
/// their own folder, so a key or name such as <c>=HYPERLINK(…)</c> must arrive as text: OWASP's advice, a leading
/// <c>'</c> inside a quoted cell. Numbers stay numbers.
/// </summary>
public sealed class HostileSpreadsheetTests
{
    [Fact]
    public void Notas_csv_writes_formula_like_names_and_keys_as_quoted_text_and_scores_as_numbers()
    {
        var results = HostileClass();
        using var output = new StringWriter();

        GradesCsvWriter.Write(results, output);

        var rows = Parse(output.ToString());
        Assert.Equal(["Student", "SIS User ID", "Identifier"], rows[0].Cells[..3]);
        foreach (var (student, row) in results.Students.Zip(rows.Skip(1)))
        {
            AssertText(student.Name, row, 0);
            AssertText(student.Key, row, 1);
            AssertText(student.MoodleId is { } id ? "Participant " + id : student.Key, row, 2);
            Assert.Equal(student.Results.Select(r => r.Score).Append(student.Total).Append(results.MaxTotal), row.Cells[3..].Select(c => int.Parse(c, CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void Indice_csv_writes_formula_like_keys_and_names_as_quoted_text()
    {
        var results = HostileClass();
        using var folder = new TemporaryFolder();

        var names = FeedbackWriter.WriteAll(results, Language.Es, folder.Path);

        var rows = Parse(File.ReadAllText(Path.Combine(folder.Path, FeedbackWriter.IndexFileName)));
        Assert.Equal(["clave", "nombre", "archivo"], rows[0].Cells);
        foreach (var (student, row) in results.Students.Zip(rows.Skip(1)))
        {
            AssertText(student.Key, row, 0);
            AssertText(student.Name, row, 1);
            AssertText(names[student.Key], row, 2);
        }
    }

    /// <summary>The fixture's class with a student per formula (as key and name) after its own students.</summary>
    private static ClassResults HostileClass()
    {
        var fixture = ClassFixture.Class();
        var template = fixture.Students[0];
        return fixture with
        {
            Students = [.. fixture.Students, .. HostileText.Formulas.Select((f, i) => template with { Key = f, Name = f, MoodleId = i % 2 == 0 ? null : f })],
        };
    }

    /// <summary>A cell that a spreadsheet would read as a formula gets a leading quote and double quotes around it; any other is as written.</summary>
    private static void AssertText(string written, Row row, int column)
    {
        if (written.Length > 0 && written[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            Assert.Equal("'" + written, row.Cells[column]);
            Assert.True(row.Quoted[column], $"Not quoted: {row.Cells[column]}");
        }
        else
        {
            Assert.Equal(written, row.Cells[column]);
        }
    }

    private sealed record Row(string[] Cells, bool[] Quoted);

    /// <summary>RFC 4180, read by hand so the test does not trust the library that writes the file.</summary>
    private static List<Row> Parse(string csv)
    {
        var rows = new List<Row>();
        var cells = new List<string>();
        var quoted = new List<bool>();
        var cell = new StringBuilder();
        var inQuotes = false;
        var wasQuoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                inQuotes = wasQuoted = true;
            }
            else if (c == ',' || (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n'))
            {
                cells.Add(cell.ToString());
                quoted.Add(wasQuoted);
                cell.Clear();
                wasQuoted = false;
                if (c == '\r')
                {
                    rows.Add(new Row([.. cells], [.. quoted]));
                    cells.Clear();
                    quoted.Clear();
                    i++;
                }
            }
            else
            {
                cell.Append(c);
            }
        }

        Assert.False(inQuotes, "A quoted cell is never closed.");
        Assert.Equal(0, cell.Length + cells.Count);
        return rows;
    }
}
