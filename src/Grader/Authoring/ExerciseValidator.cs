using Grader.Compilation;
using Grader.Exercises;
using Grader.Grading;

namespace Grader.Authoring;

/// <summary>
/// Proves an exercise before students see it: its checks and metadata agree, the committed stub is the one the
/// solution generates, the solution gets full points (timing checks included), the stub compiles and fails
/// every check, and both build as the .cs that <c>grader empezar</c> hands out (<c>dotnet run</c> builds regular C#). Messages in both languages are already required by the metadata's parser.
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
        findings.Add(RunsAsFileBasedApp(exercise));
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
        var declared = DeclaredChecks.Names(File.ReadAllText(exercise.ChecksPath));
        var listed = exercise.Metadata.Checks.Select(c => c.Name).ToList();
        var missing = listed.Except(declared).ToList();
        var unlisted = declared.Except(listed).ToList();
        var ok = missing.Count == 0 && unlisted.Count == 0 && declared.Count == declared.Distinct().Count();
        var detail = ok
            ? $"{listed.Count} checks"
            : string.Join("; ", new[]
            {
                missing.Count > 0 ? $"in {Exercise.MetadataFile} but not in {Exercise.ChecksFile}: {string.Join(", ", missing)}" : null,
                unlisted.Count > 0 ? $"in {Exercise.ChecksFile} but not in {Exercise.MetadataFile}: {string.Join(", ", unlisted)}" : null,
                declared.Count != declared.Distinct().Count() ? "a check name is declared twice" : null,
            }.OfType<string>());
        return new ValidationFinding(exercise.Id, "checks match metadata", ok, detail);
    }

    private static ValidationFinding RunsAsFileBasedApp(Exercise exercise)
    {
        var errors = new[] { exercise.SolutionPath, exercise.TemplatePath }
            .Where(File.Exists)
            .SelectMany(path => RegularProgram.Errors(FileBasedApp.FromScript(File.ReadAllText(path), exercise.Id), Path.GetFileName(path))
                .Select(e => $"{Path.GetFileName(path)} {e}"))
            .ToList();
        return new ValidationFinding(exercise.Id, "builds as a .cs for dotnet run", errors.Count == 0,
            errors.Count == 0 ? "ok" : string.Join("; ", errors.Take(3)) + (errors.Count > 3 ? $" (+{errors.Count - 3})" : "")
                + " (top-level statements go before any class; no static fields at the top)");
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
