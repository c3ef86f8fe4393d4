namespace Grader.Gradebook;

/// <summary>
/// The gradebook's tables. A hand-in is the file a student has now for an exercise; every grading of a file is an
/// attempt with its per-check rows. The tables are plain so an instructor can query them with any SQLite tool.
/// </summary>
internal static class GradebookSchema
{
    public const int Version = 1;

    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS students (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            moodle_id TEXT);
        CREATE TABLE IF NOT EXISTS exercises (
            id TEXT PRIMARY KEY,
            version TEXT NOT NULL,
            title_es TEXT NOT NULL,
            title_en TEXT NOT NULL,
            max_score INTEGER NOT NULL,
            ord INTEGER NOT NULL,
            checks_json TEXT NOT NULL,
            stub TEXT);
        CREATE TABLE IF NOT EXISTS submissions (
            id INTEGER PRIMARY KEY,
            student TEXT NOT NULL REFERENCES students(key),
            exercise TEXT NOT NULL REFERENCES exercises(id),
            file_name TEXT NOT NULL,
            path TEXT NOT NULL,
            hash TEXT NOT NULL,
            content TEXT NOT NULL,
            UNIQUE (student, exercise, hash));
        CREATE TABLE IF NOT EXISTS hand_ins (
            student TEXT NOT NULL REFERENCES students(key),
            exercise TEXT NOT NULL REFERENCES exercises(id),
            submission INTEGER NOT NULL REFERENCES submissions(id),
            PRIMARY KEY (student, exercise));
        CREATE TABLE IF NOT EXISTS attempts (
            id INTEGER PRIMARY KEY,
            submission INTEGER NOT NULL REFERENCES submissions(id),
            exercise_version TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            status TEXT NOT NULL,
            reason TEXT,
            score INTEGER NOT NULL,
            max_score INTEGER NOT NULL,
            message_es TEXT NOT NULL,
            message_en TEXT NOT NULL,
            duration_ms INTEGER NOT NULL,
            isolation TEXT NOT NULL,
            grader_version TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS attempts_by_submission ON attempts (submission, exercise_version);
        CREATE TABLE IF NOT EXISTS check_results (
            attempt INTEGER NOT NULL REFERENCES attempts(id),
            ord INTEGER NOT NULL,
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            score INTEGER NOT NULL,
            max_score INTEGER NOT NULL,
            hidden INTEGER NOT NULL,
            message_es TEXT,
            message_en TEXT,
            hint_es TEXT,
            hint_en TEXT,
            expected TEXT,
            actual TEXT,
            output TEXT NOT NULL,
            PRIMARY KEY (attempt, name));
        CREATE TABLE IF NOT EXISTS unplaced (path TEXT PRIMARY KEY, reason TEXT NOT NULL);
        """;
}
