using System.Diagnostics;
using Grader.Checks.Code;
using Grader.Compilation;
using Grader.Execution;
using Grader.Exercises;
using Grader.Protocol;

namespace Grader.Grading;

/// <summary>Exercise → compile → run in the sandbox → checks' records → report. Each stage is behind its own interface.</summary>
internal sealed class GradingPipeline(ISubmissionCompiler compiler, ISandbox sandbox)
{
    public static GradingPipeline CreateDefault() => new(Compilation.Worker.WorkerCompiler.Shared, ChildProcessSandbox.Best());

    public Execution.Isolation.IsolationLayers Isolation => sandbox.Layers;

    public async Task<GradeReport> CheckAsync(Exercise exercise, SourceFile submission, GradingOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var compiled = await CompileAsync(ExerciseSources.Read(exercise), submission, cancellation).ConfigureAwait(false);
        return await GradeCompiledAsync(compiled, options, cancellation).ConfigureAwait(false);
    }

    /// <summary>
    /// The first half of <see cref="CheckAsync"/>: the file compiled with the exercise's checks, ready to run. A batch
    /// compiles the next file while the current one runs; with the sources already in memory nothing here awaits, so
    /// the compile goes to a pool thread or the caller would do it before it could start anything else.
    /// </summary>
    public Task<CompiledGrading> CompileAsync(ExerciseSources sources, SourceFile submission, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(submission);
        return Task.Run(() =>
        {
            var watch = Stopwatch.StartNew();
            var outcome = compiler.Compile(new CompileRequest(submission, sources.Checks, sources.Solution, sources.Exercise.Metadata.Rules));
            return new CompiledGrading(sources.Exercise, submission, outcome, watch.Elapsed);
        }, cancellation);
    }

    /// <summary>The second half of <see cref="CheckAsync"/>: runs a compiled file and reports (or reports its rejection).</summary>
    public async Task<GradeReport> GradeCompiledAsync(CompiledGrading grading, GradingOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(grading);
        ArgumentNullException.ThrowIfNull(options);
        switch (grading.Outcome)
        {
            case RejectedSubmission rejected:
                return ReportBuilder.Rejected(grading.Exercise, grading.Submission.DisplayName, rejected, grading.CompileTime);
            case CompiledSubmission compiled:
                var watch = Stopwatch.StartNew();
                var request = Request(grading.Exercise, grading.Submission, compiled, RunMode.Check, options, live: null);
                var result = await sandbox.RunAsync(request, cancellation).ConfigureAwait(false);
                // The file's own grading time: compiling and running, not the wait between them in a batch's queue.
                return ReportBuilder.Ran(grading.Exercise, grading.Submission.DisplayName, compiled, result, request.Mode, request.Limits, grading.CompileTime + watch.Elapsed);
            default:
                throw new InvalidOperationException("Unknown compile outcome.");
        }
    }

    /// <summary>Runs the script as the notebook cell would: its output goes to <paramref name="live"/> as it comes.</summary>
    public async Task<RunOutcome> RunAsync(Exercise exercise, SourceFile submission, GradingOptions options, Action<string> live, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(options);
        switch (compiler.Compile(new CompileRequest(submission, null, null, exercise.Metadata.Rules)))
        {
            case RejectedSubmission rejected:
                return new RunOutcome(ReportBuilder.Rejected(exercise, submission.DisplayName, rejected, TimeSpan.Zero), null);
            case CompiledSubmission compiled:
                var watch = Stopwatch.StartNew();
                var request = Request(exercise, submission, compiled, RunMode.Run, options, live);
                var result = await sandbox.RunAsync(request, cancellation).ConfigureAwait(false);
                return new RunOutcome(ReportBuilder.Ran(exercise, submission.DisplayName, compiled, result, request.Mode, request.Limits, watch.Elapsed), result);
            default:
                throw new InvalidOperationException("Unknown compile outcome.");
        }
    }

    private static SandboxRequest Request(Exercise exercise, SourceFile submission, CompiledSubmission compiled, RunMode mode, GradingOptions options, Action<string>? live)
    {
        var limits = exercise.Metadata.Limits;
        return new SandboxRequest
        {
            Mode = mode,
            SubmissionName = submission.DisplayName,
            StudentAssembly = compiled.Student,
            ChecksAssembly = mode == RunMode.Check ? compiled.Checks : null,
            CodeFactsJson = CodeFactsJson.Serialize(compiled.Facts),
            SiteLatency = exercise.Metadata.SiteLatency,
            Limits = options.WallLimit is { } wall ? limits with { Wall = wall } : limits,
            LiveOutput = live,
            ProcessorCount = options.ProcessorCount,
        };
    }
}

/// <summary>A file compiled (or rejected) against its exercise's checks, for <see cref="GradingPipeline.GradeCompiledAsync"/>.</summary>
internal sealed record CompiledGrading(Exercise Exercise, SourceFile Submission, CompileOutcome Outcome, TimeSpan CompileTime);

/// <summary>What <c>grader run</c> produced: the report of how the program ended, and the raw run when there was one.</summary>
internal sealed record RunOutcome(GradeReport Report, SandboxResult? Result);
