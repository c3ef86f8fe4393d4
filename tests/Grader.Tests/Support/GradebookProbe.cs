namespace Grader.Tests.Support;

/// <summary>Reads a gradebook that a grader process is still writing, without disturbing it.</summary>
internal static class GradebookProbe
{
    /// <summary>Attempts committed so far; 0 before the file or its tables exist.</summary>
    public static long Attempts(string gradebookPath)
    {
        if (!File.Exists(gradebookPath))
        {
            return 0;
        }

        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={gradebookPath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM attempts";
            return (long)command.ExecuteScalar()!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // The schema may not exist yet in the first instant of the run.
            return 0;
        }
    }
}
