using Grader.Compilation;

namespace Grader.Exercises;

/// <summary>
/// Keeps <c>oculta: true</c> in <c>ejercicio.yaml</c> and <see cref="Exercise.HiddenChecksFile"/> saying the same
/// thing. The file is what keeps a hidden check out of the student edition (which copies a list of files), so a
/// check flagged hidden but written in <see cref="Exercise.ChecksFile"/> would be handed out, and a check written in
/// the hidden file but not flagged would be shown to students as visible with its expected values.
/// </summary>
internal static class HiddenChecks
{
    public static void Verify(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var flagged = exercise.Metadata.Checks.Where(c => c.Hidden).Select(c => c.Name).ToList();
        if (flagged.Count > 0)
        {
            var inVisible = DeclaredChecks.Names(File.ReadAllText(exercise.ChecksPath)).Intersect(flagged).ToList();
            if (inVisible.Count > 0)
            {
                throw Invalid(exercise, $"{string.Join(", ", inVisible)} {(inVisible.Count == 1 ? "is" : "are")} 'oculta: true' but declared in {Exercise.ChecksFile}, which students receive: move {(inVisible.Count == 1 ? "it" : "them")} to {Exercise.HiddenChecksFile}.");
            }
        }

        if (!exercise.HasHiddenChecksFile)
        {
            return;
        }

        var declared = DeclaredChecks.Names(File.ReadAllText(exercise.HiddenChecksPath));
        if (declared.Count == 0)
        {
            throw Invalid(exercise, $"{Exercise.HiddenChecksFile} declares no check ([Check(\"...\")]): delete it or declare its checks.");
        }

        var notFlagged = declared.Except(flagged).ToList();
        if (notFlagged.Count > 0)
        {
            throw Invalid(exercise, $"{string.Join(", ", notFlagged)} {(notFlagged.Count == 1 ? "is" : "are")} declared in {Exercise.HiddenChecksFile} but not 'oculta: true' in {Exercise.MetadataFile}.");
        }

        var missing = flagged.Except(declared).ToList();
        if (missing.Count > 0)
        {
            throw Invalid(exercise, $"{string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} 'oculta: true' in {Exercise.MetadataFile} but not declared in {Exercise.HiddenChecksFile}.");
        }
    }

    private static InvalidExerciseException Invalid(Exercise exercise, string problem) => new($"{exercise.Id}: {problem}");
}
