using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Grader.Batch;
using Grader.Exercises;
using Grader.Grading;
using Grader.Reporting;
using Microsoft.Data.Sqlite;

namespace Grader.Gradebook;

/// <summary>
/// The class's gradebook, one SQLite file. Every result is its own committed transaction (WAL, synchronous FULL),
/// so an interrupted batch loses at most the gradings that were still running. One connection, used under a lock:
/// gradings finish on several threads.
/// </summary>
internal sealed class GradebookStore : IDisposable
{
    public const string FileName = "notas.sqlite";

    private static readonly string GraderVersion =
        typeof(GradebookStore).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    private readonly SqliteConnection connection;
    private readonly Lock gate = new();

    private GradebookStore(SqliteConnection connection) => this.connection = connection;

    public string Path => connection.DataSource;

    public static GradebookStore Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            // 0600 before SQLite opens it: SQLite gives the -wal and -shm files the database's own mode.
            OwnerOnly.CreateFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"'{path}' cannot be used as a gradebook: {e.Message}");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, GradebookSchema.Create + "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
            var version = Scalar(connection, "SELECT value FROM meta WHERE key = 'schema'");
            if (version is null)
            {
                Execute(connection, $"INSERT INTO meta (key, value) VALUES ('schema', '{GradebookSchema.Version}')");
            }
            else if (version != GradebookSchema.Version.ToString(CultureInfo.InvariantCulture))
            {
                throw new BadInputException($"'{path}' is a gradebook of schema {version}; this grader writes schema {GradebookSchema.Version}.");
            }

            return new GradebookStore(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new BadInputException($"'{path}' cannot be used as a gradebook: {e.Message}");
        }
    }

    /// <summary>Checks, without writing to it, that a file is a gradebook of this schema (a shard to merge).</summary>
    public static void CheckReadable(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        string? version;
        try
        {
            connection.Open();
            version = Scalar(connection, "SELECT value FROM meta WHERE key = 'schema'");
        }
        catch (SqliteException e)
        {
            throw new BadInputException($"'{path}' is not a gradebook: {e.Message}");
        }

        if (version != GradebookSchema.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw new BadInputException($"'{path}' is not a gradebook of schema {GradebookSchema.Version}.");
        }
    }

    /// <summary>Records the exercise as graded now; a changed version replaces the old row (old attempts keep theirs).</summary>
    public void RegisterExercise(Exercise exercise, string version, string? stub)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var checks = JsonSerializer.Serialize(exercise.Metadata.Checks.Select(c => new CheckColumn(c.Name, c.Points, c.Hidden)).ToList());
        lock (gate)
        {
            Execute(connection, """
                INSERT INTO exercises (id, version, title_es, title_en, max_score, ord, checks_json, stub) VALUES ($id, $v, $es, $en, $max, $ord, $checks, $stub)
                ON CONFLICT (id) DO UPDATE SET version = $v, title_es = $es, title_en = $en, max_score = $max, ord = $ord, checks_json = $checks, stub = $stub
                """,
                ("$id", exercise.Id), ("$v", version), ("$es", exercise.Metadata.Title.Es), ("$en", exercise.Metadata.Title.En),
                ("$max", exercise.MaxScore), ("$ord", exercise.Metadata.Order), ("$checks", checks), ("$stub", stub));
        }
    }

    /// <summary>Replaces the list of files that could not be placed with this run's: a file renamed since leaves it.</summary>
    public void RegisterUnplaced(IEnumerable<UnplacedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, "DELETE FROM unplaced");
            foreach (var file in files)
            {
                Execute(connection, "INSERT INTO unplaced (path, reason) VALUES ($p, $r) ON CONFLICT (path) DO UPDATE SET reason = $r",
                    ("$p", file.Path), ("$r", file.Reason));
            }

            transaction.Commit();
        }
    }

    /// <summary>
    /// True when this very file already has a grade against this version of the exercise. A grade that is the
    /// grader's own failure (reason internal) does not count: the next run tries that file again.
    /// </summary>
    public bool IsGraded(HandIn handIn, string exerciseVersion)
    {
        ArgumentNullException.ThrowIfNull(handIn);
        lock (gate)
        {
            return Scalar(connection, """
                SELECT 1 FROM attempts a JOIN submissions s ON s.id = a.submission
                JOIN hand_ins h ON h.submission = s.id AND h.student = s.student AND h.exercise = s.exercise
                WHERE s.student = $st AND s.exercise = $ex AND s.hash = $hash AND a.exercise_version = $v
                AND (a.reason IS NULL OR a.reason <> 'internal') LIMIT 1
                """,
                ("$st", handIn.StudentKey), ("$ex", handIn.ExerciseId), ("$hash", handIn.Hash), ("$v", exerciseVersion)) is not null;
        }
    }

    /// <summary>Stores one grading, and makes its file the student's current one, in a single transaction.</summary>
    public void Record(HandIn handIn, string exerciseVersion, GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(handIn);
        ArgumentNullException.ThrowIfNull(report);
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, "INSERT INTO students (key, name, moodle_id) VALUES ($k, $n, $m) ON CONFLICT (key) DO UPDATE SET name = $n, moodle_id = $m",
                ("$k", handIn.StudentKey), ("$n", handIn.StudentName), ("$m", handIn.MoodleId));
            Execute(connection, """
                INSERT INTO submissions (student, exercise, file_name, path, hash, content) VALUES ($st, $ex, $f, $p, $hash, $c)
                ON CONFLICT (student, exercise, hash) DO UPDATE SET file_name = $f, path = $p
                """,
                ("$st", handIn.StudentKey), ("$ex", handIn.ExerciseId), ("$f", handIn.FileName), ("$p", handIn.Path), ("$hash", handIn.Hash), ("$c", handIn.Content));
            var submission = Convert.ToInt64(Scalar(connection, "SELECT id FROM submissions WHERE student = $st AND exercise = $ex AND hash = $hash",
                ("$st", handIn.StudentKey), ("$ex", handIn.ExerciseId), ("$hash", handIn.Hash)), CultureInfo.InvariantCulture);
            Execute(connection, "INSERT INTO hand_ins (student, exercise, submission) VALUES ($st, $ex, $s) ON CONFLICT (student, exercise) DO UPDATE SET submission = $s",
                ("$st", handIn.StudentKey), ("$ex", handIn.ExerciseId), ("$s", submission));
            var attempt = InsertAttempt(connection, submission, exerciseVersion, report);
            InsertChecks(connection, attempt, report.Tests);
            transaction.Commit();
        }
    }

    public ClassResults ReadClass() 
    {
        lock (gate)
        {
            return ClassResultsReader.Read(connection);
        }
    }

    /// <summary>The current files of one exercise, for the similarity search.</summary>
    public IReadOnlyList<(string Student, string Hash, string Content)> CurrentContents(string exerciseId)
    {
        lock (gate)
        {
            using var command = Command(connection, """
                SELECT h.student, s.hash, s.content FROM hand_ins h JOIN submissions s ON s.id = h.submission WHERE h.exercise = $ex ORDER BY h.student
                """, ("$ex", exerciseId));
            using var reader = command.ExecuteReader();
            var rows = new List<(string, string, string)>();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }

            return rows;
        }
    }

    public string? Stub(string exerciseId)
    {
        lock (gate)
        {
            return Scalar(connection, "SELECT stub FROM exercises WHERE id = $id", ("$id", exerciseId));
        }
    }

    /// <summary>Work that needs the connection itself (merging ATTACHes other gradebooks), under the store's lock.</summary>
    public void WithConnection(Action<SqliteConnection> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (gate)
        {
            work(connection);
        }
    }

    public void Dispose() => connection.Dispose();

    private static long InsertAttempt(SqliteConnection connection, long submission, string exerciseVersion, GradeReport report)
    {
        Execute(connection, """
            INSERT INTO attempts (submission, exercise_version, finished_at, status, reason, score, max_score, message_es, message_en, duration_ms, isolation, grader_version)
            VALUES ($s, $v, $at, $status, $reason, $score, $max, $mes, $men, $ms, $iso, $gv)
            """,
            ("$s", submission), ("$v", exerciseVersion), ("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
            ("$status", ResultsDocument.Snake(report.Status.ToString())), ("$reason", report.Reason is { } r ? ResultsDocument.Snake(r.ToString()) : null),
            ("$score", report.Score), ("$max", report.MaxScore), ("$mes", report.Message.Es), ("$men", report.Message.En),
            ("$ms", (long)report.Duration.TotalMilliseconds), ("$iso", string.Join(",", report.Isolation)), ("$gv", GraderVersion));
        return Convert.ToInt64(Scalar(connection, "SELECT last_insert_rowid()"), CultureInfo.InvariantCulture);
    }

    private static void InsertChecks(SqliteConnection connection, long attempt, IReadOnlyList<TestReport> tests)
    {
        for (var i = 0; i < tests.Count; i++)
        {
            var t = tests[i];
            Execute(connection, """
                INSERT INTO check_results (attempt, ord, name, status, score, max_score, hidden, message_es, message_en, hint_es, hint_en, expected, actual, output)
                VALUES ($a, $o, $n, $st, $sc, $max, $h, $mes, $men, $hes, $hen, $exp, $act, $out)
                """,
                ("$a", attempt), ("$o", i), ("$n", t.Name), ("$st", ResultsDocument.Snake(t.Status.ToString())), ("$sc", t.Score), ("$max", t.MaxScore),
                ("$h", t.Hidden ? 1 : 0), ("$mes", t.Message?.Es), ("$men", t.Message?.En), ("$hes", t.Hint?.Es), ("$hen", t.Hint?.En),
                ("$exp", t.Expected), ("$act", t.Actual), ("$out", t.Output));
        }
    }

    internal static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    internal static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    internal static string? Scalar(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
    }
}
