using Grader.Checks;
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
    private static readonly LocalizedText Ok = new("correcto", "ok");
    private static readonly LocalizedText ChecksMatch = new("las comprobaciones coinciden con los metadatos", "checks match metadata");
    private static readonly LocalizedText StubFromSolution = new("plantilla generada desde la solución", "stub generated from solution");

    public async Task<IReadOnlyList<ValidationFinding>> ValidateAsync(Exercise exercise, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var findings = new List<ValidationFinding> { ChecksMatchMetadata(exercise) };
        if (!File.Exists(exercise.SolutionPath))
        {
            findings.Add(new(exercise.Id, LocalizedText.Same(Exercise.SolutionFile), false, new("falta", "missing")));
            return findings;
        }

        findings.Add(StubIsCurrent(exercise));
        findings.Add(RunsAsFileBasedApp(exercise));
        var solution = await pipeline.CheckAsync(exercise, SubmissionFile.Read(exercise.SolutionPath), GradingOptions.Default, cancellation).ConfigureAwait(false);
        var notPassing = solution.Tests.Where(t => t.Status != TestStatus.Pass).ToList();
        string NotPassing(Func<LocalizedText?, string?> words) => string.Join("; ", notPassing.Select(t => $"{t.Name}: {words(t.Message)}"));
        var full = solution.Status == GradeStatus.Pass && notPassing.Count == 0;
        findings.Add(new(exercise.Id, new("la solución saca todos los puntos", "solution gets full points"), full && solution.Score == exercise.MaxScore,
            full ? LocalizedText.Same($"{solution.Score}/{exercise.MaxScore}") : new(
                $"{solution.Message.Es} {NotPassing(m => m?.Es)}",
                $"{solution.Message.En} {NotPassing(m => m?.En)}")));

        if (File.Exists(exercise.TemplatePath))
        {
            var stub = await pipeline.CheckAsync(exercise, SubmissionFile.Read(exercise.TemplatePath), GradingOptions.Default, cancellation).ConfigureAwait(false);
            var compiles = stub.Reason is not (FailureReason.CompileError or FailureReason.Forbidden or FailureReason.Internal);
            findings.Add(new(exercise.Id, new("la plantilla compila", "stub compiles"), compiles, compiles ? Ok : new(
                $"{stub.Reason}: {string.Join("; ", stub.CompilerMessages.Select(m => $"({m.Line},{m.Column}) {m.MessageEs}"))}",
                $"{stub.Reason}: {string.Join("; ", stub.CompilerMessages.Select(m => $"({m.Line},{m.Column}) {m.MessageEn}"))}")));
            var passing = string.Join(", ", stub.Tests.Where(t => t.Status == TestStatus.Pass).Select(t => t.Name));
            findings.Add(new(exercise.Id, new("la plantilla falla cada comprobación", "stub fails every check"), compiles && passing.Length == 0, passing.Length == 0
                ? new(stub.Tests.Count == 1 ? "falla la única" : $"fallan las {stub.Tests.Count}", $"{stub.Tests.Count} fail")
                : new("pasan: " + passing, "passes: " + passing)));
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
            return new ValidationFinding(exercise.Id, ChecksMatch, false, new(
                $"falta {Exercise.HiddenChecksFile}: {string.Join(", ", pending)} no se pueden calificar",
                $"{Exercise.HiddenChecksFile} is missing: {string.Join(", ", pending)} cannot be graded"));
        }

        var listed = exercise.Metadata.Checks.Select(c => c.Name).ToList();
        var missing = listed.Except(declared).ToList();
        var unlisted = declared.Except(listed).ToList();
        var ok = missing.Count == 0 && unlisted.Count == 0 && declared.Count == declared.Distinct().Count();
        LocalizedText?[] problems =
        [
            missing.Count > 0 ? new(
                $"en {Exercise.MetadataFile} pero no en los archivos de comprobaciones: {string.Join(", ", missing)}",
                $"in {Exercise.MetadataFile} but not in the checks' files: {string.Join(", ", missing)}") : null,
            unlisted.Count > 0 ? new(
                $"en los archivos de comprobaciones pero no en {Exercise.MetadataFile}: {string.Join(", ", unlisted)}",
                $"in the checks' files but not in {Exercise.MetadataFile}: {string.Join(", ", unlisted)}") : null,
            declared.Count != declared.Distinct().Count() ? new("un nombre de comprobación está declarado dos veces", "a check name is declared twice") : null,
        ];
        var found = problems.OfType<LocalizedText>().ToList();
        var detail = ok
            ? new LocalizedText($"{listed.Count} comprobaciones", $"{listed.Count} checks")
            : new LocalizedText(string.Join("; ", found.Select(p => p.Es)), string.Join("; ", found.Select(p => p.En)));
        return new ValidationFinding(exercise.Id, ChecksMatch, ok, detail);
    }

    private static ValidationFinding RunsAsFileBasedApp(Exercise exercise)
    {
        var errors = new[] { exercise.SolutionPath, exercise.TemplatePath }
            .Where(File.Exists)
            .SelectMany(path => RegularProgram.Errors(FileBasedApp.FromScript(File.ReadAllText(path), exercise.Id), Path.GetFileName(path))
                .Select(e => $"{Path.GetFileName(path)} {e}"))
            .ToList();
        var listedErrors = string.Join("; ", errors.Take(3)) + (errors.Count > 3 ? $" (+{errors.Count - 3})" : "");
        return new ValidationFinding(exercise.Id, new("compila como .cs para dotnet run", "builds as a .cs for dotnet run"), errors.Count == 0,
            errors.Count == 0 ? Ok : new(
                listedErrors + " (las instrucciones de nivel superior van antes de cualquier clase; sin campos static arriba)",
                listedErrors + " (top-level statements go before any class; no static fields at the top)"));
    }

    private static ValidationFinding StubIsCurrent(Exercise exercise)
    {
        try
        {
            var generated = StubGenerator.FromSolution(File.ReadAllText(exercise.SolutionPath));
            var current = File.Exists(exercise.TemplatePath) && File.ReadAllText(exercise.TemplatePath) == generated;
            return new ValidationFinding(exercise.Id, StubFromSolution, current, current ? Ok : new(
                $"no está al día: ejecuta grader plantilla {exercise.Id}", $"out of date: run grader plantilla {exercise.Id}"));
        }
        catch (InvalidExerciseException e)
        {
            // The stub generator's messages point at lines of the instructor's solution, in English only.
            return new ValidationFinding(exercise.Id, StubFromSolution, false, LocalizedText.Same(e.Message));
        }
    }
}
