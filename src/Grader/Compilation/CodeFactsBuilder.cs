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
    private static List<CallFact> Uses(SemanticModel model, SyntaxNode function)
    {
        var nodes = function.DescendantNodes(descendIntoChildren: child => child == function || !IsFunction(child)).ToList();
        // Awaiting WhenAny waits for one task only: it proves nothing about the others.
        var awaits = nodes.OfType<AwaitExpressionSyntax>()
            .Where(a => a.Expression is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "WhenAny" } })
            .ToList();
        return nodes
            .Where(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or MemberAccessExpressionSyntax or IdentifierNameSyntax)
            .Select(n => Fact(model, n, awaits))
            .OfType<CallFact>()
            .ToList();
    }

    private static CallFact? Fact(SemanticModel model, SyntaxNode node, List<AwaitExpressionSyntax> awaits)
    {
        var symbol = model.GetSymbolInfo(node).Symbol;
        var kind = (node, symbol) switch
        {
            (InvocationExpressionSyntax, IMethodSymbol) => CallKind.Method,
            (BaseObjectCreationExpressionSyntax, IMethodSymbol) => CallKind.Constructor,
            (MemberAccessExpressionSyntax or IdentifierNameSyntax, IPropertySymbol) when node.Parent is not MemberAccessExpressionSyntax { Name: var n } || n != node => CallKind.Property,
            (MemberAccessExpressionSyntax or IdentifierNameSyntax, IMethodSymbol) when IsMethodGroup(node) => CallKind.Reference,
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
            symbol.Locations.Any(l => l.IsInSource),
            OnAwaitedTask(model, node, awaits),
            OffThread(model, node));
    }

    /// <summary>
    /// A method named without being called (<c>new Thread(Trabajar)</c>): the whole name, not the <c>Trabajar</c> of
    /// <c>x.Trabajar</c>, and not the callee of an invocation, which is recorded as the invocation.
    /// </summary>
    private static bool IsMethodGroup(SyntaxNode node)
    {
        if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
        {
            return false;
        }

        return node.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != node;
    }

    /// <summary>Inside a lambda that another thread runs: an argument of Task.Run, StartNew, new Thread, QueueUserWorkItem.</summary>
    private static bool OffThread(SemanticModel model, SyntaxNode node) =>
        node.Ancestors().OfType<AnonymousFunctionExpressionSyntax>().Any(lambda =>
            lambda.Parent is ArgumentSyntax { Parent.Parent: { } call }
            && model.GetSymbolInfo(call).Symbol is IMethodSymbol method
            && method.ContainingType.ToDisplayString() is "System.Threading.Tasks.Task" or "System.Threading.Tasks.TaskFactory" or "System.Threading.Thread" or "System.Threading.ThreadPool"
            && method.Name is "Run" or "StartNew" or ".ctor" or "QueueUserWorkItem" or "UnsafeQueueUserWorkItem");

    /// <summary>
    /// Whether the receiver of <c>x.Result</c>, <c>x.Wait()</c> or <c>x.GetAwaiter().GetResult()</c> was awaited
    /// earlier in the function: <c>await x</c>, <c>await Task.WhenAll(x, ...)</c>, or, for a lambda's parameter
    /// (<c>tareas.Select(t =&gt; t.Result)</c>), the collection the lambda runs over.
    /// </summary>
    private static bool OnAwaitedTask(SemanticModel model, SyntaxNode node, List<AwaitExpressionSyntax> awaits)
    {
        var receiver = node switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Expression,
            _ => null,
        };
        if (receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "GetAwaiter" } getAwaiter })
        {
            receiver = getAwaiter.Expression;
        }

        if (receiver is ElementAccessExpressionSyntax element)
        {
            // tareas[i].Result: the collection is what was awaited.
            receiver = element.Expression;
        }

        var symbol = receiver is null ? null : model.GetSymbolInfo(receiver).Symbol;
        if (symbol is ILocalSymbol local
            && local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is ForEachStatementSyntax loop)
        {
            // foreach (var t in tareas) ... t.Result: the collection is what was awaited.
            symbol = model.GetSymbolInfo(loop.Expression).Symbol;
        }
        if (symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } }
            && receiver!.Ancestors().OfType<LambdaExpressionSyntax>().FirstOrDefault() is { Parent: ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax over } } })
        {
            symbol = model.GetSymbolInfo(over.Expression).Symbol;
        }

        if (symbol is null)
        {
            return false;
        }

        return awaits.Any(a => a.SpanStart < node.SpanStart && a.Expression.DescendantNodesAndSelf()
            .OfType<IdentifierNameSyntax>()
            .Any(id => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(id).Symbol, symbol)));
    }
}
