using Grader.Compilation;
using Grader.Exercises;
using Grader.Grading;

namespace Grader.Authoring;

/// <summary>
/// Proves an exercise before students see it: its checks and metadata agree, the committed stub is the one the
/// solution generates, the solution gets full points (timing checks included), and the stub compiles and fails
/// every check. Messages in both languages are already required by the metadata's parser.
/// </summary>
internal sealed class ExerciseValidator(GradingPipeline pipeline)
{
    public async Task<IReadOnlyList<ValidationFinding>> ValidateAsync(Exercise exercise, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var findings = new List<ValidationFinding> { ChecksMatchMetadata(exercise) };
        if (!File.Exists(exercise.SolutionPath))
        {
            findings.Add(new(exercise.Id, "solucion.csx", false, "missing"));
            return findings;
        }

        findings.Add(StubIsCurrent(exercise));
        var solution = await pipeline.CheckAsync(exercise, SubmissionFile.Read(exercise.SolutionPath), GradingOptions.Default, cancellation).ConfigureAwait(false);
        var notPassing = solution.Tests.Where(t => t.Status != TestStatus.Pass).Select(t => $"{t.Name} ({t.Status}: {t.Message?.En})").ToList();
        findings.Add(new(exercise.Id, "solution gets full points", solution.Status == GradeStatus.Pass && notPassing.Count == 0 && solution.Score == exercise.MaxScore,
            solution.Status == GradeStatus.Pass && notPassing.Count == 0 ? $"{solution.Score}/{exercise.MaxScore}" : $"{solution.Status} {solution.Reason} {solution.Message.En} {string.Join("; ", notPassing)}"));

        if (File.Exists(exercise.TemplatePath))
        {
            var stub = await pipeline.CheckAsync(exercise, SubmissionFile.Read(exercise.TemplatePath), GradingOptions.Default, cancellation).ConfigureAwait(false);
            var compiles = stub.Reason is not (FailureReason.CompileError or FailureReason.Forbidden or FailureReason.Internal);
            findings.Add(new(exercise.Id, "stub compiles", compiles, compiles ? "ok" : $"{stub.Reason}: {string.Join("; ", stub.CompilerMessages.Select(m => $"({m.Line},{m.Column}) {m.MessageEn}"))}"));
            var passing = stub.Tests.Where(t => t.Status == TestStatus.Pass).Select(t => t.Name).ToList();
            findings.Add(new(exercise.Id, "stub fails every check", compiles && passing.Count == 0, passing.Count == 0 ? $"{stub.Tests.Count} fail" : "passes: " + string.Join(", ", passing)));
        }

        return findings;
    }

    private static ValidationFinding ChecksMatchMetadata(Exercise exercise)
    {
        // HiddenChecks.Verify already kept each hidden check in the hidden file when the exercise was loaded.
        var declared = DeclaredChecks.Names(File.ReadAllText(exercise.ChecksPath))
            .Concat(exercise.HasHiddenChecksFile ? DeclaredChecks.Names(File.ReadAllText(exercise.HiddenChecksPath)) : [])
            .ToList();
        var pending = exercise.PendingHiddenChecks.Select(c => c.Name).ToList();
        if (pending.Count > 0)
        {
            // The student edition: the hidden checks cannot be proved without their code.
            return new ValidationFinding(exercise.Id, "checks match metadata", false, $"{Exercise.HiddenChecksFile} is missing: {string.Join(", ", pending)} cannot be graded");
        }

        var listed = exercise.Metadata.Checks.Select(c => c.Name).ToList();
        var missing = listed.Except(declared).ToList();
        var unlisted = declared.Except(listed).ToList();
        var ok = missing.Count == 0 && unlisted.Count == 0 && declared.Count == declared.Distinct().Count();
        var detail = ok
            ? $"{listed.Count} checks"
            : string.Join("; ", new[]
            {
                missing.Count > 0 ? $"in {Exercise.MetadataFile} but not in the checks' files: {string.Join(", ", missing)}" : null,
                unlisted.Count > 0 ? $"in the checks' files but not in {Exercise.MetadataFile}: {string.Join(", ", unlisted)}" : null,
                declared.Count != declared.Distinct().Count() ? "a check name is declared twice" : null,
            }.OfType<string>());
        return new ValidationFinding(exercise.Id, "checks match metadata", ok, detail);
    }

    private static ValidationFinding StubIsCurrent(Exercise exercise)
    {
        try
        {
            var generated = StubGenerator.FromSolution(File.ReadAllText(exercise.SolutionPath));
            var current = File.Exists(exercise.TemplatePath) && File.ReadAllText(exercise.TemplatePath) == generated;
            return new ValidationFinding(exercise.Id, "stub generated from solution", current, current ? "ok" : $"out of date: run grader plantilla {exercise.Id}");
        }
        catch (InvalidExerciseException e)
        {
            return new ValidationFinding(exercise.Id, "stub generated from solution", false, e.Message);
        }
    }
}
