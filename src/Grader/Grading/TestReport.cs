using Grader.Checks;

namespace Grader.Grading;

/// <summary>One check's result for the student. A hidden check carries neither expected nor actual text.</summary>
internal sealed record TestReport
{
    public required string Name { get; init; }
    public required LocalizedText Description { get; init; }
    public required TestStatus Status { get; init; }
    public required int Score { get; init; }
    public required int MaxScore { get; init; }
    public LocalizedText? Message { get; init; }
    public LocalizedText? Hint { get; init; }
    public string? Expected { get; init; }
    public string? Actual { get; init; }

    /// <summary>What the student's code printed during this check, at most <see cref="MaxOutputChars"/> characters.</summary>
    public string Output { get; init; } = "";

    public bool Hidden { get; init; }

    /// <summary>The line of the student's file where the exception that failed this check was thrown, if any.</summary>
    public int? Line { get; init; }

    /// <summary>False when the run ended before this check started: its status is an error it did not cause.</summary>
    public bool Ran { get; init; } = true;

    public const int MaxOutputChars = 500;
}

internal enum TestStatus
{
    Pass,
    Fail,
    Error,

    /// <summary>Could not be measured here; counts neither for nor against.</summary>
    Skip,
}
