using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Similarity;

/// <summary>A file's abstract tokens in order, with its text kept to quote the lines a match points at.</summary>
internal sealed record TokenizedSource(SourceText Text, ImmutableArray<AbstractToken> Tokens);
