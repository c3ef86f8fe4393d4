using Microsoft.CodeAnalysis;

namespace Grader.Compilation;

/// <summary>
/// What a student's script may use at all: the parts of the base library a concurrency course needs (collections,
/// text, threads, tasks, timers, files, the network, diagnostics of time and processes) and the student's own code.
/// Anything else, from <c>System.Runtime.CompilerServices</c>' accessors that reach private members by name to
/// <c>System.Security</c>, is refused. It is an allow-list because a deny-list is only as good as the last attack
/// its authors thought of; the finer rules of <see cref="ForbiddenApi"/> still apply inside these namespaces.
/// </summary>
internal static class AllowedNamespaces
{
    private static readonly string[] Roots =
    [
        "System.Collections",
        "System.Diagnostics",
        "System.Globalization",
        "System.IO",
        "System.Linq",
        "System.Net",
        "System.Numerics",
        "System.Text",
        "System.Threading",
        "System.Timers",
        "System.Buffers",
    ];

    /// <summary>Namespaces inside those roots that reach past the sandbox's rules or the grader's channel.</summary>
    private static readonly string[] Excluded =
    [
        "System.Diagnostics.Tracing",
        "System.Diagnostics.SymbolStore",
        "System.IO.Pipes",
        "System.IO.MemoryMappedFiles",
        "System.Linq.Expressions",
        "System.Text.Json.Serialization.Metadata",
    ];

    /// <summary>
    /// Types of <c>System.Runtime.CompilerServices</c> the compiler itself uses for <c>await</c>, <c>foreach</c>
    /// over async streams, interpolated strings and caller information, and the inlining hint for timing loops.
    /// </summary>
    private static readonly HashSet<string> CompilerServices = new(StringComparer.Ordinal)
    {
        "TaskAwaiter", "ConfiguredTaskAwaitable", "ValueTaskAwaiter", "ConfiguredValueTaskAwaitable", "YieldAwaitable",
        "ConfiguredCancelableAsyncEnumerable", "DefaultInterpolatedStringHandler", "FormattableStringFactory",
        "CallerMemberNameAttribute", "CallerLineNumberAttribute", "CallerFilePathAttribute", "CallerArgumentExpressionAttribute",
        "MethodImplAttribute", "MethodImplOptions", "ITuple", "IsExternalInit", "AsyncIteratorMethodBuilder", "EnumeratorCancellationAttribute",
    };

    /// <summary>Types of the namespace System itself that hand out what the namespaces above keep out.</summary>
    private static readonly HashSet<string> ExcludedInSystem = new(StringComparer.Ordinal)
    {
        "TypedReference", "ArgIterator", "RuntimeArgumentHandle", "RuntimeTypeHandle", "RuntimeMethodHandle", "RuntimeFieldHandle",
        "ModuleHandle", "AppContext", "GCHandle",
    };

    /// <summary>A type's name, which students print (<c>GetType().Name</c>) and which reaches nothing.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "System.Reflection.MemberInfo.Name", "System.Type.FullName", "System.Type.Namespace", "System.Type.Name",
    };

    /// <summary>
    /// Members that allowed types (<c>Process</c>, <c>System.Timers.Timer</c>, <c>FileSystemWatcher</c>) inherit from a
    /// base outside these namespaces: <c>using var p = Process.Start(...)</c> and <c>p.Dispose()</c> call it.
    /// </summary>
    private static readonly HashSet<string> Inherited = new(StringComparer.Ordinal)
    {
        "System.ComponentModel.Component.Dispose()",
    };

    /// <summary>True when a student's script may name or call <paramref name="symbol"/>.</summary>
    public static bool Allows(ISymbol symbol, IAssemblySymbol student)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (symbol is INamespaceSymbol or ITypeParameterSymbol or IErrorTypeSymbol or IDynamicTypeSymbol
            || symbol is ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol or IDiscardSymbol or IAliasSymbol)
        {
            return true;
        }

        if (symbol is IPropertySymbol && Names.Contains(symbol.OriginalDefinition.ToDisplayString())
            || symbol is IMethodSymbol && Inherited.Contains(symbol.OriginalDefinition.ToDisplayString()))
        {
            return true;
        }

        if (symbol is IArrayTypeSymbol array)
        {
            return Allows(array.ElementType, student);
        }

        if (symbol is IPointerTypeSymbol or IFunctionPointerTypeSymbol)
        {
            return false;
        }

        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null)
        {
            return true;
        }

        while (type.ContainingType is { } outer)
        {
            type = outer;
        }

        if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, student) || type.IsAnonymousType || type.IsTupleType && type.ContainingNamespace?.ToDisplayString() == "System")
        {
            return type.IsTupleType ? type.TypeArguments.All(a => Allows(a, student)) : true;
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        if (ns == "System")
        {
            return !ExcludedInSystem.Contains(type.Name);
        }

        if (ns == "System.Runtime.CompilerServices")
        {
            return CompilerServices.Contains(type.Name);
        }

        return Roots.Any(root => Within(ns, root)) && !Excluded.Any(excluded => Within(ns, excluded));
    }

    private static bool Within(string ns, string root) =>
        ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);
}
