using System.Globalization;
using Grader.Grading;

namespace Grader.Reporting;

/// <summary>
/// The JSON results of one submission, version 1 (docs/results-schema.md), in the spirit of Exercism's
/// results.json v3: a status, a reason when it is an error, a score and one entry per check.
/// </summary>
internal sealed record ResultsDocument(
    int Version,
    string Exercise,
    string Submission,
    string Lang,
    string Status,
    string? Reason,
    string Message,
    int Score,
    int MaxScore,
    HiddenPendingDocument? HiddenPending,
    long DurationMs,
    IReadOnlyList<string> Isolation,
    IReadOnlyList<string> Unfinished,
    IReadOnlyList<CompilerMessageDocument> CompilerMessages,
    ProgramDocument? Program,
    IReadOnlyList<TestDocument> Tests)
{
    public const int CurrentVersion = 1;

    public static ResultsDocument From(GradeReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ResultsDocument(
            CurrentVersion,
            report.ExerciseId,
            report.Submission,
            language.Code(),
            Snake(report.Status.ToString()),
            report.Reason is { } reason ? Snake(reason.ToString()) : null,
            report.Message.In(language),
            report.Score,
            report.MaxScore,
            report.PendingHidden is { } pending ? new HiddenPendingDocument(pending.Count, pending.Points, report.PendingNote!.In(language)) : null,
            (long)report.Duration.TotalMilliseconds,
            report.Isolation,
            report.Unfinished,
            report.CompilerMessages.Select(m => new CompilerMessageDocument(
                m.File, m.Line, m.Column, m.Id, language == Language.En ? m.MessageEn : m.MessageEs, m.SourceLine)).ToList(),
            report.ProgramOutput is null && report.ProgramError is null
                ? null
                : new ProgramDocument(report.ProgramOutput ?? "", report.ProgramError?.In(language)),
            report.Tests.Select(t => new TestDocument(
                t.Name,
                t.Description.In(language),
                Snake(t.Status.ToString()),
                t.Score,
                t.MaxScore,
                t.Message?.In(language),
                t.Hint?.In(language),
                t.Expected,
                t.Actual,
                t.Output,
                t.Hidden,
                t.Ran)).ToList());
    }

    /// <summary>The schema's spelling of an enum member: <c>MemoryLimit</c> is <c>memory_limit</c>.</summary>
    public static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString(CultureInfo.InvariantCulture)));
}

internal sealed record CompilerMessageDocument(string File, int Line, int Column, string Id, string Message, string SourceLine);

/// <summary>Hidden checks not run here (the student edition has not their code): graded on submission.</summary>
internal sealed record HiddenPendingDocument(int Count, int Points, string Message);

internal sealed record ProgramDocument(string Output, string? Error);

internal sealed record TestDocument(
    string Name,
    string Description,
    string Status,
    int Score,
    int MaxScore,
    string? Message,
    string? Hint,
    string? Expected,
    string? Actual,
    string Output,
    bool Hidden,
    bool Ran);
