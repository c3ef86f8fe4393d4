namespace Grader.Grading;

/// <summary>Knobs of one grading run that are not the exercise's to decide.</summary>
internal sealed record GradingOptions
{
    public static GradingOptions Default { get; } = new();

    /// <summary>Replaces the exercise's wall-clock limit (tests use a short one).</summary>
    public TimeSpan? WallLimit { get; init; }

    /// <summary>Cores the submission is told it has; null for the machine's.</summary>
    public int? ProcessorCount { get; init; }
}
