using Grader.Grading;
using Microsoft.Data.Sqlite;

namespace Grader.Gradebook;

/// <summary>
/// Joins shards' gradebooks into one, in SQL over ATTACHed files. Files and attempts are matched by content
/// (student, exercise, hash; and finish time), so merging the same shard twice adds nothing. Shards must have
/// graded the same version of each exercise; grades of two versions are never mixed silently.
/// </summary>
internal static class GradebookMerger
{
    public static void Merge(GradebookStore target, string source)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        if (!File.Exists(source))
        {
            throw new BadInputException($"The gradebook '{source}' does not exist.");
        }

        GradebookStore.CheckReadable(source);

        target.WithConnection(connection =>
        {
            GradebookStore.Execute(connection, "ATTACH DATABASE $path AS shard", ("$path", source));
            try
            {
                var clash = GradebookStore.Scalar(connection, """
                    SELECT s.id || ' (' || s.version || ' / ' || t.version || ')' FROM shard.exercises s JOIN main.exercises t ON t.id = s.id WHERE t.version <> s.version LIMIT 1
                    """);
                if (clash is not null)
                {
                    throw new BadInputException($"'{source}' graded another version of exercise {clash}: regrade one of them with the same exercises.");
                }

                using var transaction = connection.BeginTransaction();
                GradebookStore.Execute(connection, MergeSql);
                transaction.Commit();
            }
            finally
            {
                GradebookStore.Execute(connection, "DETACH DATABASE shard");
            }
        });
    }

    private const string MergeSql = """
        INSERT OR IGNORE INTO main.exercises SELECT * FROM shard.exercises;
        INSERT INTO main.students (key, name, moodle_id) SELECT key, name, moodle_id FROM shard.students WHERE true
            ON CONFLICT (key) DO UPDATE SET name = excluded.name, moodle_id = excluded.moodle_id;
        INSERT OR IGNORE INTO main.submissions (student, exercise, file_name, path, hash, content)
            SELECT student, exercise, file_name, path, hash, content FROM shard.submissions;
        CREATE TEMP TABLE submission_map AS
            SELECT s.id AS old, t.id AS new FROM shard.submissions s
            JOIN main.submissions t ON t.student = s.student AND t.exercise = s.exercise AND t.hash = s.hash;
        CREATE TEMP TABLE attempt_map (old INTEGER PRIMARY KEY, new INTEGER);
        INSERT INTO attempt_map (old)
            SELECT a.id FROM shard.attempts a JOIN submission_map m ON m.old = a.submission
            WHERE NOT EXISTS (SELECT 1 FROM main.attempts t WHERE t.submission = m.new AND t.exercise_version = a.exercise_version AND t.finished_at = a.finished_at);
        UPDATE attempt_map SET new = old + (SELECT COALESCE(MAX(id), 0) FROM main.attempts);
        INSERT INTO main.attempts (id, submission, exercise_version, finished_at, status, reason, score, max_score, message_es, message_en, duration_ms, isolation, grader_version)
            SELECT am.new, m.new, a.exercise_version, a.finished_at, a.status, a.reason, a.score, a.max_score, a.message_es, a.message_en, a.duration_ms, a.isolation, a.grader_version
            FROM shard.attempts a JOIN attempt_map am ON am.old = a.id JOIN submission_map m ON m.old = a.submission;
        INSERT INTO main.check_results (attempt, ord, name, status, score, max_score, hidden, message_es, message_en, hint_es, hint_en, expected, actual, output)
            SELECT am.new, c.ord, c.name, c.status, c.score, c.max_score, c.hidden, c.message_es, c.message_en, c.hint_es, c.hint_en, c.expected, c.actual, c.output
            FROM shard.check_results c JOIN attempt_map am ON am.old = c.attempt;
        INSERT INTO main.hand_ins (student, exercise, submission)
            SELECT h.student, h.exercise, m.new FROM shard.hand_ins h JOIN submission_map m ON m.old = h.submission WHERE true
            ON CONFLICT (student, exercise) DO UPDATE SET submission = excluded.submission
            WHERE (SELECT MAX(finished_at) FROM main.attempts WHERE submission = excluded.submission)
                > (SELECT COALESCE(MAX(finished_at), '') FROM main.attempts WHERE submission = main.hand_ins.submission);
        INSERT OR IGNORE INTO main.unplaced SELECT * FROM shard.unplaced;
        DROP TABLE temp.submission_map;
        DROP TABLE temp.attempt_map;
        """;
}
