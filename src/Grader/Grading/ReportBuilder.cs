using Grader.Checks;
using Grader.Compilation;
using Grader.Execution;
using Grader.Exercises;
using Grader.Protocol;

namespace Grader.Grading;

/// <summary>Joins the exercise's checks (points, messages, hints) with what the compiler and the run produced.</summary>
internal static class ReportBuilder
{
    private const int MaxProgramOutputChars = 2000;

    // A hidden check's own message may quote the expected value, which the student must not see.
    private static readonly LocalizedText HiddenFailure = new(
        "No pasa. Es una comprobación oculta: repasa el enunciado.",
        "Does not pass. This check is hidden: read the statement again.");

    public static GradeReport Rejected(Exercise exercise, string submission, RejectedSubmission rejected, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(rejected);
        var n = rejected.Total;
        var (reason, message) = rejected.Kind switch
        {
            RejectionKind.CompileError => (FailureReason.CompileError, new LocalizedText(
                $"Tu código no compila: {n} {(n == 1 ? "error" : "errores")}. Corrige el primero y vuelve a probar; a veces arregla los demás.",
                $"Your code does not compile: {n} {(n == 1 ? "error" : "errors")}. Fix the first one and try again; it often fixes the rest.")),
            RejectionKind.NoCode => (FailureReason.CompileError, new LocalizedText(
                "Tu archivo no tiene código: parte de la plantilla del ejercicio y completa sus funciones.",
                "Your file has no code: start from the exercise's stub and fill in its functions.")),
            RejectionKind.NotUtf8 => (FailureReason.CompileError, new LocalizedText(
                "Tu archivo no está guardado en UTF-8: guárdalo como UTF-8 y vuelve a probar.",
                "Your file is not saved as UTF-8: save it as UTF-8 and try again.")),
            RejectionKind.Forbidden => (FailureReason.Forbidden, new LocalizedText(
                "Tu código usa algo que una entrega no puede usar.",
                "Your code uses something a submission may not use.")),
            _ => (FailureReason.Internal, new LocalizedText(
                "Las comprobaciones de este ejercicio no compilan: es un error del ejercicio, no de tu código. Avisa al profesorado.",
                "This exercise's checks do not compile: the exercise is at fault, not your code. Tell your instructor.")),
        };
        return new GradeReport
        {
            ExerciseId = exercise.Id,
            ExerciseTitle = exercise.Metadata.Title,
            Submission = submission,
            Status = GradeStatus.Error,
            Reason = reason,
            Message = message,
            Score = 0,
            MaxScore = exercise.GradedMaxScore,
            PendingHidden = Pending(exercise),
            // A hidden check that does not compile is the exercise's fault, and its line of code is not the student's to read.
            CompilerMessages = [.. rejected.Messages.Select(m => m.File == Exercise.HiddenChecksFile ? m with { SourceLine = "" } : m)],
            Duration = duration,
        };
    }

    public static GradeReport Ran(Exercise exercise, string submission, CompiledSubmission compiled, SandboxResult result, RunMode mode, RunLimits limits, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(result);
        // A name reported twice is a forgery (RecordOrder), and such a run gets no points; the first is kept for the report.
        var records = result.Records.OfType<CheckRecord>().GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var started = result.Records.OfType<CheckStartedRecord>().Select(r => r.Name).LastOrDefault(name => !records.ContainsKey(name));
        var forged = result.ForgedRecords + RecordOrder.Violations(result.Records, compiled.CheckNames.ToHashSet(StringComparer.Ordinal));
        var hiddenInProgress = started is not null && exercise.Metadata.Checks.Any(c => c.Hidden && c.Name == started);
        var abnormal = AbnormalEnd.Diagnose(result, limits, started, forged, cleanExit: mode == RunMode.Check, hiddenInProgress);
        var program = result.Records.OfType<ProgramRecord>().FirstOrDefault();
        var pending = exercise.PendingHiddenChecks;
        var tests = exercise.Metadata.Checks
            .Except(pending)
            .Select(spec => Test(spec, records.GetValueOrDefault(spec.Name), spec.Name == started ? abnormal : null, program))
            .ToList();
        var counted = tests.Where(t => t.Status != TestStatus.Skip).ToList();
        var score = abnormal?.Reason == FailureReason.Forbidden ? 0 : counted.Sum(t => t.Score);
        var maxScore = counted.Sum(t => t.MaxScore);
        var status = abnormal is not null ? GradeStatus.Error
            : counted.All(t => t.Status == TestStatus.Pass) ? GradeStatus.Pass
            : GradeStatus.Fail;
        return new GradeReport
        {
            ExerciseId = exercise.Id,
            ExerciseTitle = exercise.Metadata.Title,
            Submission = submission,
            Status = status,
            Reason = abnormal?.Reason,
            Message = abnormal?.Message ?? Summary(tests, compiled.Unfinished, pending.Count > 0),
            Score = score,
            MaxScore = maxScore,
            PendingHidden = Pending(exercise),
            Tests = tests,
            Unfinished = compiled.Unfinished,
            ProgramOutput = ProgramOutput(program, result, abnormal, hiddenInProgress),
            ProgramError = program?.Exception is { } error ? Words(error) : null,
            Duration = duration,
            Isolation = result.Isolation.Names,
        };
    }

    private static TestReport Test(CheckSpec spec, CheckRecord? record, AbnormalEnd? stoppedHere, ProgramRecord? program)
    {
        var report = new TestReport
        {
            Name = spec.Name,
            Description = spec.Description,
            Status = TestStatus.Error,
            Score = 0,
            MaxScore = spec.Points,
            Hint = spec.Hint,
            Hidden = spec.Hidden,
        };
        if (record is null)
        {
            return report with
            {
                Ran = stoppedHere is not null,
                Hint = stoppedHere is null ? null : spec.Hint,
                Message = stoppedHere?.Message ?? (program is null
                    ? new LocalizedText("No se ejecutó: el programa se detuvo antes de llegar a las comprobaciones.", "Not run: the program stopped before the checks began.")
                    : new LocalizedText("No se ejecutó: el programa se detuvo en una comprobación anterior.", "Not run: the program stopped during an earlier check.")),
            };
        }

        var verdict = record.Verdict;
        var status = verdict.Status switch
        {
            WireStatus.Pass => TestStatus.Pass,
            WireStatus.Fail => TestStatus.Fail,
            WireStatus.Skip => TestStatus.Skip,
            _ => TestStatus.Error,
        };
        return report with
        {
            Status = status,
            Score = status == TestStatus.Pass ? spec.Points : 0,
            Message = spec.Hidden && status is TestStatus.Fail or TestStatus.Error ? HiddenFailure
                : verdict.Message is { } m ? new LocalizedText(m.Es, m.En) : null,
            // A check that could not judge its point names the missing part itself; its hint is about that point.
            Hint = status is TestStatus.Pass or TestStatus.Skip || verdict.Unjudged ? null : spec.Hint,
            Line = verdict.Exception?.Line,
            Expected = spec.Hidden ? null : verdict.Expected,
            Actual = spec.Hidden ? null : verdict.Actual,
            // What a hidden check printed may show its inputs.
            // A hidden check's output is the student's code printing that check's inputs, whatever its result.
            Output = spec.Hidden ? "" : Cap(record.Output, TestReport.MaxOutputChars),
        };
    }

    private static PendingHiddenChecks? Pending(Exercise exercise) =>
        exercise.PendingHiddenChecks is { Count: > 0 } pending ? new PendingHiddenChecks(pending.Count, pending.Sum(c => c.Points)) : null;

    private static LocalizedText Summary(IReadOnlyList<TestReport> tests, IReadOnlyList<string> unfinished, bool hiddenPending)
    {
        var failed = tests.Count(t => t.Status is TestStatus.Fail or TestStatus.Error);
        if (failed == 0 && hiddenPending)
        {
            // Not "all correct": the hidden checks, graded on submission, may still fail.
            return new LocalizedText("Pasan todas las comprobaciones visibles.", "Every visible check passes.");
        }

        if (failed == 0)
        {
            // The score is shown next to this sentence (and has a field of its own in every format): said once.
            return new LocalizedText("¡Todo correcto!", "All correct!");
        }

        var counted = tests.Count(t => t.Status != TestStatus.Skip);
        var es = failed == 1 ? $"1 de {counted} comprobaciones no pasa." : $"{failed} de {counted} comprobaciones no pasan.";
        var en = failed == 1 ? $"1 of {counted} checks does not pass." : $"{failed} of {counted} checks do not pass.";
        if (unfinished.Count > 0)
        {
            var names = string.Join(", ", unfinished);
            es = $"Tu solución está sin terminar: completa {names} (busca «// completa»). " + es;
            en = $"Your solution is unfinished: complete {names} (look for '// completa'). " + en;
        }

        return new LocalizedText(es, en);
    }

    private static (string Es, string En) Explained(StudentError error) =>
        StudentErrorExplanation.For(error) is { } e ? (" " + e.Es, " " + e.En) : ("", "");

    private static LocalizedText Words(StudentError error)
    {
        var where = error.Function is null ? ("el código de nivel superior", "the top-level code") : ($"la función {error.Function}", $"the function {error.Function}");
        var line = error.Line is { } l ? ($", línea {l}", $", line {l}") : ("", "");
        return error.Unfinished
            ? new LocalizedText(
                $"Tu programa se detuvo porque {where.Item1} está sin completar.",
                $"Your program stopped because {where.Item2} is unfinished.")
            : new LocalizedText(
                $"Tu programa lanzó {error.Type} en {where.Item1}{line.Item1}: {error.Message}{Explained(error).Es}",
                $"Your program threw {error.Type} in {where.Item2}{line.Item2}: {error.Message}{Explained(error).En}");
    }

    /// <summary>
    /// What the top-level statements printed, as the runner kept it; when the run ended abnormally, the start of
    /// everything the process printed, which is what shows an endless loop or a flood.
    /// A run that ended inside a hidden check shows only what the top-level statements printed: everything after may
    /// be that check's inputs or expected values printed by the student's code.
    /// </summary>
    private static string ProgramOutput(ProgramRecord? program, SandboxResult result, AbnormalEnd? abnormal, bool hiddenInProgress) =>
        Cap(abnormal is null && program is not null || hiddenInProgress ? program?.Output ?? "" : result.Stdout.Text, MaxProgramOutputChars);

    private static string Cap(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
