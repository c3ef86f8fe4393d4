using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Compilation;

/// <summary>The check names an exercise's <c>comprobaciones.csx</c> declares with <c>[Check("...")]</c>, read from its syntax.</summary>
internal static class DeclaredChecks
{
    public static IReadOnlyList<string> Names(string checksSource)
    {
        var root = CSharpSyntaxTree.ParseText(checksSource, ScriptOptionsFactory.Parse).GetRoot();
        return root.DescendantNodes()
            .OfType<AttributeSyntax>()
            .Where(a => a.Name.ToString() is "Check" or "CheckAttribute" or "Grader.Checks.Check")
            .Select(a => a.ArgumentList?.Arguments.FirstOrDefault()?.Expression)
            .OfType<LiteralExpressionSyntax>()
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression))
            .Select(l => l.Token.ValueText)
            .ToList();
    }
}
