using System.Text.Json;
using Grader.Checks;
using Grader.Execution.Isolation;
using Microsoft.Data.Sqlite;

namespace Grader.Gradebook;

/// <summary>
/// Reads the class back from the gradebook: every student against every exercise, the latest attempt of each
/// current hand-in (a grade against the exercise's current version first), <c>missing</c> where there is none.
/// </summary>
internal static class ClassResultsReader
{
    public static ClassResults Read(SqliteConnection connection)
    {
        var exercises = ReadExercises(connection);
        var attempts = ReadAttempts(connection);
        var checks = ReadChecks(connection);
        var students = new List<StudentResults>();
        using (var command = GradebookStore.Command(connection, "SELECT key, name, moodle_id FROM students ORDER BY name, key"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var key = reader.GetString(0);
                var results = exercises.Select(e => attempts.TryGetValue((key, e.Id), out var a)
                    ? a.Result with { Checks = checks.TryGetValue(a.AttemptId, out var c) ? c : [] }
                    : MissingResult(e)).ToList();
                students.Add(new StudentResults(key, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), results));
            }
        }

        var unplaced = new List<UnplacedFile>();
        using (var command = GradebookStore.Command(connection, "SELECT path, reason FROM unplaced ORDER BY path"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                unplaced.Add(new UnplacedFile(reader.GetString(0), reader.GetString(1)));
            }
        }

        return new ClassResults(exercises, students, [], unplaced, DateTimeOffset.UtcNow) { MissingIsolation = MissingIsolation(attempts.Values) };
    }

    /// <summary>The layers missing from the run of any grade shown, in IsolationLayers' order; nothing for a grade where nothing ran.</summary>
    private static List<string> MissingIsolation(IEnumerable<(long AttemptId, ExerciseResult Result, string Isolation)> shown)
    {
        var missing = shown.Where(a => a.Isolation.Length > 0)
            .SelectMany(a => IsolationLayers.FromNames(a.Isolation.Split(',')).Missing).ToHashSet(StringComparer.Ordinal);
        return [.. IsolationLayers.PlainProcess.Missing.Where(missing.Contains)];
    }

    public static ExerciseResult MissingResult(ExerciseColumn exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return new ExerciseResult(exercise.Id, ExerciseResult.Missing, null, 0, exercise.MaxScore,
            new LocalizedText("No entregado.", "Not handed in."), [], null, null, 0);
    }

    private static List<ExerciseColumn> ReadExercises(SqliteConnection connection)
    {
        var exercises = new List<ExerciseColumn>();
        using var command = GradebookStore.Command(connection, "SELECT id, title_es, title_en, version, max_score, checks_json FROM exercises ORDER BY ord, id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            exercises.Add(new ExerciseColumn(reader.GetString(0), new LocalizedText(reader.GetString(1), reader.GetString(2)), reader.GetString(3),
                reader.GetInt32(4), JsonSerializer.Deserialize<List<CheckColumn>>(reader.GetString(5)) ?? []));
        }

        return exercises;
    }

    /// <summary>Per (student, exercise): the newest attempt of the current file, preferring the exercise's current version.</summary>
    private static Dictionary<(string, string), (long AttemptId, ExerciseResult Result, string Isolation)> ReadAttempts(SqliteConnection connection)
    {
        var latest = new Dictionary<(string, string), (long, ExerciseResult, string)>();
        using var command = GradebookStore.Command(connection, """
            SELECT h.student, h.exercise, a.id, a.status, a.reason, a.score, a.max_score, a.message_es, a.message_en, s.file_name, s.hash, a.duration_ms, a.isolation
            FROM hand_ins h
            JOIN submissions s ON s.id = h.submission
            JOIN attempts a ON a.submission = s.id
            JOIN exercises e ON e.id = h.exercise
            ORDER BY (a.exercise_version = e.version), a.id
            """);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // Rows come current-version last and newest last, so the last one written for a key is the one to keep.
            latest[(reader.GetString(0), reader.GetString(1))] = (reader.GetInt64(2), new ExerciseResult(
                reader.GetString(1), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6),
                new LocalizedText(reader.GetString(7), reader.GetString(8)), [], reader.GetString(9), reader.GetString(10), reader.GetInt64(11)), reader.GetString(12));
        }

        return latest;
    }

    private static Dictionary<long, List<CheckResult>> ReadChecks(SqliteConnection connection)
    {
        var checks = new Dictionary<long, List<CheckResult>>();
        using var command = GradebookStore.Command(connection, """
            SELECT c.attempt, c.name, c.status, c.score, c.max_score, c.hidden, c.message_es, c.message_en, c.hint_es, c.hint_en, c.expected, c.actual
            FROM check_results c JOIN attempts a ON a.id = c.attempt JOIN hand_ins h ON h.submission = a.submission
            ORDER BY c.attempt, c.ord
            """);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var attempt = reader.GetInt64(0);
            if (!checks.TryGetValue(attempt, out var list))
            {
                checks[attempt] = list = [];
            }

            list.Add(new CheckResult(reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
                Text(reader, 6), Text(reader, 8), reader.GetInt32(5) != 0, reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11)));
        }

        return checks;
    }

    private static LocalizedText? Text(SqliteDataReader reader, int es) =>
        reader.IsDBNull(es) ? null : new LocalizedText(reader.GetString(es), reader.IsDBNull(es + 1) ? reader.GetString(es) : reader.GetString(es + 1));
}
