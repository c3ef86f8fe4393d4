namespace Grader.Similarity;

/// <summary>One student's file for the exercise being compared; the key names the student in the pairs found.</summary>
internal sealed record SimilarityInput(string StudentKey, string Source);
