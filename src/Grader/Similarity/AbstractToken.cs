namespace Grader.Similarity;

/// <summary>
/// A token with its name or value forgotten, so that renaming and rewording hide nothing: what is compared is
/// the shape of the code. The lines (1-based) lead a match back to the text; they differ only for a token that
/// spans lines (a multi-line string).
/// </summary>
internal readonly record struct AbstractToken(int Symbol, int Line, int EndLine);
