using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Grader.Compilation;

/// <summary>
/// The methods a <c>using</c> or a <c>lock</c> makes the runtime call without the code naming them. Roslyn keeps the
/// <c>Dispose</c> it bound internal, so it is found again the way the compiler finds it: <c>IDisposable</c> (or
/// <c>IAsyncDisposable</c>) when the resource implements it, else the instance method of that name (a ref struct's,
/// an <c>await using</c>'s; extension methods do not count). The runtime calls the resource's implementation, not the
/// interface's member, and that is what is reported: <c>using (socket.SafeHandle)</c> runs <c>SafeHandle.Dispose</c>.
/// </summary>
internal static class UsingAndLockCalls
{
    public static IEnumerable<(ISymbol Symbol, string Role)> Of(IOperation operation, SemanticModel model)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(model);
        IEnumerable<IMethodSymbol?> called = operation switch
        {
            IUsingOperation statement => Resources(statement.Resources).Select(type => Dispose(type, statement.IsAsynchronous, model, operation.Syntax.SpanStart)),
            IUsingDeclarationOperation declaration => Declared(declaration.DeclarationGroup).Select(type => Dispose(type, declaration.IsAsynchronous, model, operation.Syntax.SpanStart)),
            ILockOperation locked => Lock(locked.LockedValue.Type, model.Compilation),
            _ => [],
        };
        var role = operation is ILockOperation ? "lock" : "using";
        return called.OfType<IMethodSymbol>().Select(method => ((ISymbol)method, role));
    }

    private static IEnumerable<ITypeSymbol> Resources(IOperation resources) =>
        resources is IVariableDeclarationGroupOperation group ? Declared(group) : resources.Type is { } type ? [type] : [];

    private static IEnumerable<ITypeSymbol> Declared(IVariableDeclarationGroupOperation group) =>
        group.Declarations.SelectMany(d => d.Declarators).Select(d => d.Symbol.Type);

    private static IMethodSymbol? Dispose(ITypeSymbol type, bool asynchronous, SemanticModel model, int position)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        var name = asynchronous ? "DisposeAsync" : "Dispose";
        var contract = asynchronous ? model.Compilation.GetTypeByMetadataName("System.IAsyncDisposable") : model.Compilation.GetSpecialType(SpecialType.System_IDisposable);
        var member = contract?.GetMembers(name).OfType<IMethodSymbol>().FirstOrDefault();
        if (contract is not null && member is not null
            && (SymbolEqualityComparer.Default.Equals(type, contract) || type.AllInterfaces.Contains(contract, SymbolEqualityComparer.Default)))
        {
            return type.FindImplementationForInterfaceMember(member) as IMethodSymbol ?? member;
        }

        return model.LookupSymbols(position, type, name).OfType<IMethodSymbol>()
            .FirstOrDefault(m => !m.IsStatic && m.Parameters.All(p => p.IsOptional || p.IsParams));
    }

    /// <summary><c>lock</c> on a <c>System.Threading.Lock</c> enters a scope and disposes it; on anything else, <c>Monitor</c>.</summary>
    private static IEnumerable<IMethodSymbol?> Lock(ITypeSymbol? locked, Microsoft.CodeAnalysis.Compilation compilation)
    {
        var lockType = compilation.GetTypeByMetadataName("System.Threading.Lock");
        if (lockType is not null && SymbolEqualityComparer.Default.Equals(locked, lockType))
        {
            var enter = lockType.GetMembers("EnterScope").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.IsEmpty);
            return [enter, (enter?.ReturnType as INamedTypeSymbol)?.GetMembers("Dispose").OfType<IMethodSymbol>().FirstOrDefault()];
        }

        var monitor = compilation.GetTypeByMetadataName("System.Threading.Monitor");
        return
        [
            monitor?.GetMembers("Enter").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 2),
            monitor?.GetMembers("Exit").OfType<IMethodSymbol>().FirstOrDefault(),
        ];
    }
}
