using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Similarity;

/// <summary>
/// Reads a script into <see cref="AbstractToken"/>s with Roslyn: every name becomes one symbol, every number
/// another, every piece of text (strings, characters, the text parts of interpolated strings) a third; keywords
/// and punctuation keep their kind. Comments and layout are trivia and never seen. Roslyn recovers from any
/// syntax error, so a file that does not compile is still read; an empty file has no tokens.
/// </summary>
internal static class CodeTokenizer
{
    private const int Name = (int)SyntaxKind.IdentifierToken;
    private const int Number = (int)SyntaxKind.NumericLiteralToken;
    private const int Text = (int)SyntaxKind.StringLiteralToken;

    private static readonly CSharpParseOptions Script = CSharpParseOptions.Default.WithKind(SourceCodeKind.Script);

    public static TokenizedSource Tokenize(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tree = CSharpSyntaxTree.ParseText(source, Script);
        var text = tree.GetText();
        var tokens = ImmutableArray.CreateBuilder<AbstractToken>();
        foreach (var token in tree.GetRoot().DescendantTokens(IntoSkippedTokensOnly, descendIntoTrivia: true))
        {
            // Missing tokens are the parser's guesses, and end of file is not code.
            if (token.IsMissing || token.Span.IsEmpty)
            {
                continue;
            }

            tokens.Add(new AbstractToken(Symbol(token), LineOf(text, token.SpanStart), LineOf(text, token.Span.End)));
        }

        return new TokenizedSource(text, tokens.ToImmutable());
    }

    /// <summary>
    /// Tokens the parser skipped while recovering from an error are still the student's code, so they count;
    /// doc comments and directives are structured trivia too, but are comments or layout, not code.
    /// </summary>
    private static bool IntoSkippedTokensOnly(SyntaxNode node) => !node.IsStructuredTrivia || node is SkippedTokensTriviaSyntax;

    private static int Symbol(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.IdentifierToken => Name,
        SyntaxKind.NumericLiteralToken => Number,
        SyntaxKind.StringLiteralToken
            or SyntaxKind.Utf8StringLiteralToken
            or SyntaxKind.SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken
            or SyntaxKind.Utf8SingleLineRawStringLiteralToken
            or SyntaxKind.Utf8MultiLineRawStringLiteralToken
            or SyntaxKind.CharacterLiteralToken
            or SyntaxKind.InterpolatedStringTextToken => Text,
        // Switching "…" for @"…" or """…""" is a change of spelling, not of code.
        SyntaxKind.InterpolatedVerbatimStringStartToken
            or SyntaxKind.InterpolatedSingleLineRawStringStartToken
            or SyntaxKind.InterpolatedMultiLineRawStringStartToken => (int)SyntaxKind.InterpolatedStringStartToken,
        SyntaxKind.InterpolatedRawStringEndToken => (int)SyntaxKind.InterpolatedStringEndToken,
        var kind => (int)kind,
    };

    private static int LineOf(SourceText text, int position) => text.Lines.GetLineFromPosition(position).LineNumber + 1;
}
