using Grader.Execution;
using Grader.Grading;

namespace Grader.Reporting;

/// <summary>
/// What <c>grader run --format json</c> writes: how the program ran, not a grade (run mode runs no check, and a
/// "fail 0/10" with every check "not run" told a correct program it failed). Described in docs/results-schema.md.
/// </summary>
internal sealed record RunDocument(
    int Version,
    string Kind,
    string Exercise,
    string Submission,
    string Lang,
    string Status,
    string? Reason,
    string? Message,
    int? ExitCode,
    RunProgramDocument? Program,
    IReadOnlyList<CompilerMessageDocument> CompilerMessages,
    long DurationMs,
    IReadOnlyList<string> Isolation)
{
    public static RunDocument From(GradeReport report, SandboxResult? result, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var failed = report.Status == GradeStatus.Error || report.ProgramError is not null;
        return new RunDocument(
            ResultsDocument.CurrentVersion,
            "run",
            report.ExerciseId,
            report.Submission,
            language.Code(),
            failed ? "error" : "ok",
            report.Reason is { } reason ? ResultsDocument.Snake(reason.ToString()) : report.ProgramError is not null ? "exception" : null,
            failed ? (report.ProgramError ?? report.Message).In(language) : null,
            result?.ExitCode,
            result is null ? null : new RunProgramDocument(result.Stdout.Text, result.Stdout.Truncated, report.ProgramError?.In(language)),
            report.CompilerMessages.Select(m => new CompilerMessageDocument(
                m.File, m.Line, m.Column, m.Id, language == Language.En ? m.MessageEn : m.MessageEs, m.SourceLine)).ToList(),
            (long)report.Duration.TotalMilliseconds,
            report.Isolation);
    }
}

internal sealed record RunProgramDocument(string Output, bool Truncated, string? Error);
