namespace Grader.Similarity;

/// <summary>A chosen k-gram: its hash, the index of its first token and the lines (1-based, inclusive) it spans.</summary>
internal readonly record struct Fingerprint(ulong Hash, int Token, int StartLine, int EndLine);
