using Grader.Checks.Code;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Compilation;

/// <summary>Reads, with the semantic model, which members each of the student's functions uses and where.</summary>
internal static class CodeFactsBuilder
{
    /// <summary>The pseudo-function that holds the script's top-level statements.</summary>
    public const string TopLevel = "<nivel superior>";

    public static CodeFacts Build(CSharpCompilation compilation, SyntaxTree tree, IReadOnlyCollection<string> unfinished)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(tree);
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();
        var functions = new List<FunctionFacts>();
        foreach (var node in root.DescendantNodes().Where(IsFunction))
        {
            var (name, isAsync) = node switch
            {
                MethodDeclarationSyntax m => (m.Identifier.Text, m.Modifiers.Any(SyntaxKind.AsyncKeyword)),
                LocalFunctionStatementSyntax l => (l.Identifier.Text, l.Modifiers.Any(SyntaxKind.AsyncKeyword)),
                _ => throw new InvalidOperationException(),
            };
            var type = node.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text;
            functions.Add(new FunctionFacts(name, type, Line(node), isAsync, unfinished.Contains(name), Uses(model, node)));
        }

        var topLevel = root.ChildNodes().OfType<GlobalStatementSyntax>().ToList();
        if (topLevel.Count > 0)
        {
            functions.Add(new FunctionFacts(TopLevel, null, Line(topLevel[0]), false, false, topLevel.SelectMany(s => Uses(model, s)).ToList()));
        }

        return new CodeFacts(functions);
    }

    private static bool IsFunction(SyntaxNode node) => node is MethodDeclarationSyntax or LocalFunctionStatementSyntax;

    private static int Line(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    /// <summary>The members used in a function's own body, not in the local functions nested in it.</summary>
    private static List<CallFact> Uses(SemanticModel model, SyntaxNode function) =>
        function.DescendantNodes(descendIntoChildren: child => child == function || !IsFunction(child))
            .Where(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or MemberAccessExpressionSyntax or IdentifierNameSyntax)
            .Select(n => Fact(model, n))
            .OfType<CallFact>()
            .ToList();

    private static CallFact? Fact(SemanticModel model, SyntaxNode node)
    {
        var symbol = model.GetSymbolInfo(node).Symbol;
        var kind = (node, symbol) switch
        {
            (InvocationExpressionSyntax, IMethodSymbol) => CallKind.Method,
            (BaseObjectCreationExpressionSyntax, IMethodSymbol) => CallKind.Constructor,
            (MemberAccessExpressionSyntax or IdentifierNameSyntax, IPropertySymbol) when node.Parent is not MemberAccessExpressionSyntax { Name: var n } || n != node => CallKind.Property,
            _ => (CallKind?)null,
        };
        if (kind is null || symbol is null)
        {
            return null;
        }

        var name = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor ? ctor.ContainingType.Name : symbol.Name;
        return new CallFact(
            name,
            symbol.OriginalDefinition.ToDisplayString(),
            kind.Value,
            Line(node),
            symbol.Locations.Any(l => l.IsInSource));
    }
}
