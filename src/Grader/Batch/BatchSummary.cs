namespace Grader.Batch;

/// <summary>How a batch went: counts of what was graded now, what was already graded, and whether it was stopped.</summary>
internal sealed record BatchSummary(int Graded, int Skipped, int Passed, int Failed, int Errors, int GraderFaults, bool Cancelled, TimeSpan Elapsed);
