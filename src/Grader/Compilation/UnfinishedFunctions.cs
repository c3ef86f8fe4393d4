using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Compilation;

/// <summary>The student's functions that still throw NotImplementedException, as the stub left them.</summary>
internal static class UnfinishedFunctions
{
    public static IReadOnlyList<string> Find(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return tree.GetRoot()
            .DescendantNodes()
            .Where(IsNotImplementedThrow)
            .Select(EnclosingFunctionName)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsNotImplementedThrow(SyntaxNode node)
    {
        var thrown = node switch
        {
            ThrowStatementSyntax statement => statement.Expression,
            ThrowExpressionSyntax expression => expression.Expression,
            _ => null,
        };
        var type = (thrown as BaseObjectCreationExpressionSyntax) switch
        {
            ObjectCreationExpressionSyntax creation => creation.Type.ToString(),
            _ => null,
        };
        return type is "NotImplementedException" or "System.NotImplementedException";
    }

    private static string? EnclosingFunctionName(SyntaxNode node) =>
        node.Ancestors().Select(a => a switch
        {
            MethodDeclarationSyntax method => method.Identifier.Text,
            LocalFunctionStatementSyntax local => local.Identifier.Text,
            ConstructorDeclarationSyntax constructor => constructor.Identifier.Text,
            AccessorDeclarationSyntax accessor when accessor.Parent?.Parent is PropertyDeclarationSyntax property => property.Identifier.Text,
            _ => null,
        }).FirstOrDefault(name => name is not null);
}
