using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Compilation;

/// <summary>
/// How deeply a file nests, measured without recursion, before the compiler sees its shape. Roslyn's parser
/// backtracks over nested parentheses (100 000 of them kept it busy for minutes) and its binder and emitter recurse
/// on the tree, so a file nested far beyond anything a person writes (a wall of parentheses, 10 000 nested lambdas,
/// a chain of 40 000 <c>else if</c>) is refused first: brackets from the tokens alone, then the syntax tree.
/// </summary>
internal static class SyntaxDepth
{
    /// <summary>Well above the deepest bundled solution and any hand-written script; far below what hurts Roslyn.</summary>
    public const int Limit = 400;

    /// <summary>The first bracket ( [ { opened past <see cref="Limit"/> deep, read by the lexer alone, or null.</summary>
    public static SyntaxToken? FirstTooDeepBracket(string text, CSharpParseOptions options)
    {
        var depth = 0;
        foreach (var token in SyntaxFactory.ParseTokens(text, options: options))
        {
            if (token.IsKind(SyntaxKind.OpenParenToken) || token.IsKind(SyntaxKind.OpenBracketToken) || token.IsKind(SyntaxKind.OpenBraceToken))
            {
                if (++depth > Limit)
                {
                    return token;
                }
            }
            else if (token.IsKind(SyntaxKind.CloseParenToken) || token.IsKind(SyntaxKind.CloseBracketToken) || token.IsKind(SyntaxKind.CloseBraceToken))
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return null;
    }

    /// <summary>The first node more than <see cref="Limit"/> levels below the root, or null.</summary>
    public static SyntaxNode? FirstTooDeepNode(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > Limit)
            {
                return node;
            }

            foreach (var child in node.ChildNodes())
            {
                pending.Push((child, ReadsFlat(node, child) ? depth : depth + 1));
            }
        }

        return null;
    }

    /// <summary>
    /// Shapes a person reads as a list rather than as nesting: a chain of one binary operator (<c>a + b + c</c>),
    /// which Roslyn binds without recursing on its length, and an <c>else if</c>, one level per branch (the binder's
    /// time grows with the square of a chain's length: 8 000 branches took 7 s).
    /// </summary>
    private static bool ReadsFlat(SyntaxNode parent, SyntaxNode child) =>
        parent.IsKind(SyntaxKind.ElseClause) && child.IsKind(SyntaxKind.IfStatement)
        || child.RawKind == parent.RawKind && child is Microsoft.CodeAnalysis.CSharp.Syntax.BinaryExpressionSyntax;
}
