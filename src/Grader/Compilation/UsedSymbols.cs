using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Grader.Compilation;

/// <summary>
/// Everything a piece of code makes the runtime call or touch, with the syntax it comes from: what it names, and
/// what it reaches without naming it (a target-typed <c>new()</c>, a user-defined or implicit conversion, an
/// operator, <c>foreach</c>'s enumerator, <c>await</c>'s awaiter, the <c>Deconstruct</c> of a deconstructing
/// assignment, a collection initializer's <c>Add</c>, a query's <c>Select</c>, the type of every expression). The
/// static gate judges these, not names. Not yet seen: the <c>Deconstruct</c> of a positional pattern, <c>Dispose</c>
/// in <c>using</c>, and <c>lock</c>'s <c>Enter</c>.
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
                    foreach (var (symbol, role) in Reached(inner))
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
                return [(each.GetEnumeratorMethod, "foreach"), (each.MoveNextMethod, "foreach"), (each.CurrentProperty, "foreach"), (each.DisposeMethod, "foreach"), (each.ElementType, "foreach")];
            case AwaitExpressionSyntax awaited:
                var wait = model.GetAwaitExpressionInfo(awaited);
                return [(wait.GetAwaiterMethod, "await"), (wait.GetResultMethod, "await"), (wait.IsCompletedProperty, "await")];
            case QueryClauseSyntax clause:
                var query = model.GetQueryClauseInfo(clause);
                return [(query.OperationInfo.Symbol, "query"), (query.CastInfo.Symbol, "query")];
            case AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } deconstruction:
                return [(model.GetDeconstructionInfo(deconstruction).Method, "deconstruct")];
            case SelectOrGroupClauseSyntax selection:
                return [(model.GetSymbolInfo(selection).Symbol, "query")];
            case ExpressionSyntax expression:
                var type = model.GetTypeInfo(expression);
                return [(type.Type, "type"), (type.ConvertedType, "converted"), (model.GetConversion(expression).MethodSymbol, "conversion")];
            default:
                return [];
        }
    }

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
