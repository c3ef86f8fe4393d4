using Grader.Checks;
using Grader.Compilation;

namespace Grader.Grading;

/// <summary>The result of grading one submission: the data every report format is written from.</summary>
internal sealed record GradeReport
{
    public required string ExerciseId { get; init; }
    public required LocalizedText ExerciseTitle { get; init; }
    public required string Submission { get; init; }
    public required GradeStatus Status { get; init; }

    /// <summary>Set when <see cref="Status"/> is <see cref="GradeStatus.Error"/>.</summary>
    public FailureReason? Reason { get; init; }

    public required LocalizedText Message { get; init; }
    public required int Score { get; init; }
    /// <summary>The points at stake here: without the hidden checks' code, the visible checks' alone.</summary>
    public required int MaxScore { get; init; }

    /// <summary>Hidden checks declared but not run here (their code is not in this folder); null when there are none.</summary>
    public PendingHiddenChecks? PendingHidden { get; init; }

    /// <summary>The sentence that says the score is not final, when hidden checks are pending.</summary>
    public LocalizedText? PendingNote => PendingHidden?.Note(Score, MaxScore);
    public IReadOnlyList<TestReport> Tests { get; init; } = [];
    public IReadOnlyList<CompilerMessage> CompilerMessages { get; init; } = [];

    /// <summary>Functions still holding the stub's NotImplementedException.</summary>
    public IReadOnlyList<string> Unfinished { get; init; } = [];

    /// <summary>What the top-level statements printed (capped), and how they ended when they threw.</summary>
    public string? ProgramOutput { get; init; }

    public LocalizedText? ProgramError { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>The isolation layers that protected the run; empty when nothing ran.</summary>
    public IReadOnlyList<string> Isolation { get; init; } = [];
}

internal enum GradeStatus
{
    Pass,
    Fail,
    Error,
}

internal enum FailureReason
{
    CompileError,
    Timeout,
    Crash,
    MemoryLimit,
    OutputLimit,
    Forbidden,
    Internal,
}
