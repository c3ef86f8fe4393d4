using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Grader.Tests.Support;

/// <summary>
/// A finished gradebook as named cells: for each hand-in's latest attempt its status, reason and points, and for
/// each of its checks the status and points. Read with plain SQL rather than the grader's own reader, so comparing
/// two gradebooks does not rely on the code whose output is being compared.
/// </summary>
internal static class GradebookCells
{
    public static Dictionary<GradebookCell, string> Read(string gradebookPath)
    {
        var cells = new Dictionary<GradebookCell, string>();
        using var connection = new SqliteConnection($"Data Source={gradebookPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        // An attempt whose file did not compile has no check rows: the LEFT JOIN keeps its own fields.
        command.CommandText = """
            SELECT h.student, h.exercise, a.status, a.reason, a.score, c.name, c.status, c.score
            FROM hand_ins h
            JOIN attempts a ON a.id = (SELECT MAX(id) FROM attempts WHERE submission = h.submission)
            LEFT JOIN check_results c ON c.attempt = a.id
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var (student, exercise) = (reader.GetString(0), reader.GetString(1));
            cells[new GradebookCell(student, exercise, null, "status")] = reader.GetString(2);
            cells[new GradebookCell(student, exercise, null, "reason")] = reader.IsDBNull(3) ? "(none)" : reader.GetString(3);
            cells[new GradebookCell(student, exercise, null, "points")] = reader.GetInt64(4).ToString(CultureInfo.InvariantCulture);
            if (!reader.IsDBNull(5))
            {
                cells[new GradebookCell(student, exercise, reader.GetString(5), "status")] = reader.GetString(6);
                cells[new GradebookCell(student, exercise, reader.GetString(5), "points")] = reader.GetInt64(7).ToString(CultureInfo.InvariantCulture);
            }
        }

        return cells;
    }
}

/// <summary>One value of a gradebook; <see cref="Check"/> is null for the attempt's own fields.</summary>
internal sealed record GradebookCell(string Student, string Exercise, string? Check, string Field)
{
    public override string ToString() => $"student '{Student}', exercise '{Exercise}', " + (Check is null ? "" : $"check '{Check}', ") + Field;
}
