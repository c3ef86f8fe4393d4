using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Grader.Compilation;

/// <summary>
/// Everything a piece of code makes the runtime call or touch, with the syntax it comes from: what it names, and
/// what it reaches without naming it (a target-typed <c>new()</c>, a user-defined or implicit conversion, an
/// operator, <c>foreach</c>'s enumerator, <c>await</c>'s awaiter, every <c>Deconstruct</c> of a deconstruction
/// (assignment, <c>foreach</c>, nested) and of a positional pattern, the <c>Dispose</c> of <c>using</c>, the
/// <c>Monitor</c> or <c>Lock</c> methods of <c>lock</c>, a collection initializer's <c>Add</c>, a query's
/// <c>Select</c>, the type of every expression). The static gate judges these, not names. Not yet seen: what a
/// list pattern or an index from the end calls (<c>Length</c>, the indexer, <c>Slice</c>), the clone of <c>with</c>
/// and a collection expression's builder; in .NET these are members of the matched type itself (whose type is
/// judged) or builders in <c>System.Collections</c>, so none of them reaches past the gate today.
/// </summary>
internal static class UsedSymbols
{
    /// <returns>Each symbol with the node it comes from and how the node uses it (named, its type, a conversion, ...).</returns>
    public static IEnumerable<(SyntaxNode Node, ISymbol Symbol, string Role)> In(SemanticModel model, SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(root);
        foreach (var node in root.DescendantNodesAndSelf())
        {
            foreach (var symbol in Named(model, node))
            {
                yield return (node, symbol, "name");
            }

            foreach (var (symbol, role) in Implied(model, node))
            {
                yield return (node, symbol, role);
            }

            if (model.GetOperation(node) is { Parent: null } operation)
            {
                foreach (var inner in operation.DescendantsAndSelf())
                {
                    foreach (var (symbol, role) in Reached(inner).Concat(UsingAndLockCalls.Of(inner, model)))
                    {
                        yield return (inner.Syntax, symbol, role);
                    }
                }
            }
        }
    }

    private static IEnumerable<ISymbol> Named(SemanticModel model, SyntaxNode node)
    {
        if (node is not (SimpleNameSyntax or MemberAccessExpressionSyntax or AttributeSyntax or QualifiedNameSyntax))
        {
            yield break;
        }

        var info = model.GetSymbolInfo(node);
        if (info.Symbol is { } symbol)
        {
            yield return symbol;
        }

        foreach (var candidate in info.CandidateSymbols)
        {
            yield return candidate;
        }
    }

    private static IEnumerable<(ISymbol?, string)> ImpliedRaw(SemanticModel model, SyntaxNode node)
    {
        switch (node)
        {
            case CommonForEachStatementSyntax loop:
                var each = model.GetForEachStatementInfo(loop);
                IEnumerable<IMethodSymbol> elements = loop is ForEachVariableStatementSyntax deconstructing ? Deconstructs(model.GetDeconstructionInfo(deconstructing)) : [];
                return elements.Select(m => ((ISymbol?)m, "deconstruct")).Concat(
                    [(each.GetEnumeratorMethod, "foreach"), (each.MoveNextMethod, "foreach"), (each.CurrentProperty, "foreach"), (each.DisposeMethod, "foreach"), (each.ElementType, "foreach")]);
            case AwaitExpressionSyntax awaited:
                var wait = model.GetAwaitExpressionInfo(awaited);
                return [(wait.GetAwaiterMethod, "await"), (wait.GetResultMethod, "await"), (wait.IsCompletedProperty, "await")];
            case QueryClauseSyntax clause:
                var query = model.GetQueryClauseInfo(clause);
                return [(query.OperationInfo.Symbol, "query"), (query.CastInfo.Symbol, "query")];
            case AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } deconstruction:
                return Deconstructs(model.GetDeconstructionInfo(deconstruction)).Select(m => ((ISymbol?)m, "deconstruct"));
            case SelectOrGroupClauseSyntax selection:
                return [(model.GetSymbolInfo(selection).Symbol, "query")];
            case ExpressionSyntax expression:
                var type = model.GetTypeInfo(expression);
                return [(type.Type, "type"), (type.ConvertedType, "converted"), (model.GetConversion(expression).MethodSymbol, "conversion")];
            default:
                return [];
        }
    }

    /// <summary><c>var ((a, b), c) = ...</c> calls a <c>Deconstruct</c> for each level; the outer one may be a tuple's, with none.</summary>
    private static IEnumerable<IMethodSymbol> Deconstructs(DeconstructionInfo info) =>
        (info.Method is { } method ? [method] : Enumerable.Empty<IMethodSymbol>()).Concat(info.Nested.SelectMany(Deconstructs));

    private static IEnumerable<(ISymbol, string)> Implied(SemanticModel model, SyntaxNode node) =>
        ImpliedRaw(model, node).Where(x => x.Item1 is not null).Select(x => (x.Item1!, x.Item2));

    private static IEnumerable<(ISymbol, string)> Reached(IOperation operation)
    {
        ISymbol? reached = operation switch
        {
            IInvocationOperation call => call.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            IMemberReferenceOperation member => member.Member,
            IConversionOperation conversion => conversion.OperatorMethod,
            IBinaryOperation binary => binary.OperatorMethod,
            IUnaryOperation unary => unary.OperatorMethod,
            IIncrementOrDecrementOperation step => step.OperatorMethod,
            ICompoundAssignmentOperation compound => compound.OperatorMethod,
            ITypeOfOperation typeOf => typeOf.TypeOperand,
            IRecursivePatternOperation pattern => pattern.DeconstructSymbol,
            _ => null,
        };
        if (reached is not null)
        {
            yield return (reached, operation.Kind.ToString());
        }

        if (operation.Type is { } type)
        {
            yield return (type, operation.Kind + ":type");
        }
    }
}
