using Microsoft.CodeAnalysis;

namespace Grader.Compilation;

/// <summary>
/// A rule of the static gate: something a student never needs and an attacker does. <paramref name="Id"/> is
/// what an exercise's metadata names to allow it (<c>reglas: {permitir: [procesos]}</c>).
/// </summary>
internal sealed record ForbiddenApi(string Id, string Code, Func<ISymbol, bool> Matches, string Es, string En)
{
    public static IReadOnlyList<ForbiddenApi> Defaults { get; } =
    [
        new("reflexion", "GR0101", s => InNamespace(s, "System.Reflection") && !IsHarmlessName(s) || IsReflectionOnType(s) || IsMember(s, "System.Activator")
                || InNamespace(s, "System.Linq.Expressions") || IsMember(s, "System.Delegate", "CreateDelegate") || IsMember(s, "System.Delegate", "Method")
                || IsMember(s, "System.Delegate", "Target") || IsMember(s, "System.Delegate", "DynamicInvoke") || IsMember(s, "System.Delegate", "GetMethodInfo")
                || IsMember(s, "System.Type", "GetType") && s is IMethodSymbol { IsStatic: true },
            "la reflexión (System.Reflection, Type.GetMethod, Type.GetType, Activator, árboles de expresiones, Delegate.Method) no hace falta en ningún ejercicio y permitiría tocar el corrector",
            "reflection (System.Reflection, Type.GetMethod, Type.GetType, Activator, expression trees, Delegate.Method) is needed by no exercise and would let code tamper with the grader"),
        new("interop", "GR0102", s => InNamespace(s, "System.Runtime.InteropServices") || InNamespace(s, "Microsoft.Win32.SafeHandles") || IsMember(s, "System.Runtime.CompilerServices.Unsafe")
                || TakesRawHandle(s),
            "el código nativo, los punteros y los descriptores en bruto (System.Runtime.InteropServices, SafeHandle, Unsafe, new FileStream(IntPtr ...)) quedan fuera de una entrega",
            "native code, raw memory and raw handles (System.Runtime.InteropServices, SafeHandle, Unsafe, new FileStream(IntPtr ...)) are out of bounds for a submission"),
        new("salir", "GR0103", s => IsMember(s, "System.Environment", "Exit") || IsMember(s, "System.Environment", "FailFast"),
            "Environment.Exit y FailFast terminan el proceso del corrector a medias: deja que el programa acabe solo",
            "Environment.Exit and FailFast end the grader's process halfway: let the program end by itself"),
        new("cargar_codigo", "GR0104", s => InNamespace(s, "System.Runtime.Loader") || IsMember(s, "System.AppDomain"),
            "cargar ensamblados o tocar el AppDomain (AssemblyLoadContext, AppDomain) no hace falta en ningún ejercicio",
            "loading assemblies or touching the AppDomain (AssemblyLoadContext, AppDomain) is needed by no exercise"),
        new("consola", "GR0105", s => IsMember(s, "System.Console", "SetOut") || IsMember(s, "System.Console", "SetError") || IsMember(s, "System.Console", "SetIn"),
            "Console.SetOut/SetError/SetIn cambian la consola que el corrector lee: escribe con Console.WriteLine",
            "Console.SetOut/SetError/SetIn replace the console the grader reads: write with Console.WriteLine"),
        new("procesos", "GR0106", s => IsMember(s, "System.Diagnostics.Process", "Start") || IsMember(s, "System.Diagnostics.ProcessStartInfo")
                || s is IMethodSymbol { MethodKind: MethodKind.Constructor } && IsMember(s, "System.Diagnostics.Process"),
            "este ejercicio no arranca procesos (System.Diagnostics.Process)",
            "this exercise starts no processes (System.Diagnostics.Process)"),
        new("otros_procesos", "GR0108", s => IsMember(s, "System.Diagnostics.Process", "GetProcessById") || IsMember(s, "System.Diagnostics.Process", "GetProcesses")
                || IsMember(s, "System.Diagnostics.Process", "GetProcessesByName") || IsMember(s, "System.Diagnostics.Process", "Kill"),
            "ningún ejercicio necesita buscar ni matar procesos (Process.GetProcessById, GetProcesses, Kill)",
            "no exercise needs to look up or kill processes (Process.GetProcessById, GetProcesses, Kill)"),
        new("memoria_reutilizada", "GR0116", s => IsMember(s, "System.Buffers.ArrayPool<T>", "Shared") || IsMember(s, "System.Buffers.MemoryPool<T>", "Shared")
                || IsMember(s, "System.GC", "AllocateUninitializedArray"),
            "ArrayPool<T>.Shared, MemoryPool<T>.Shared y GC.AllocateUninitializedArray dan memoria que otro código del proceso usó antes (el corrector también): crea tus arrays con new o usa ArrayPool<T>.Create()",
            "ArrayPool<T>.Shared, MemoryPool<T>.Shared and GC.AllocateUninitializedArray hand out memory other code of the process used before (the grader's too): create your arrays with new or use ArrayPool<T>.Create()"),
        new("tuberias", "GR0107", s => InNamespace(s, "System.IO.Pipes"),
            "las tuberías (System.IO.Pipes) son el canal del corrector, no de los ejercicios",
            "pipes (System.IO.Pipes) are the grader's channel, not the exercises'"),
        new("diagnosticos", "GR0115", IsTracingOrMetrics,
            "escuchar los diagnósticos del proceso (DiagnosticListener, Activity, ActivitySource, System.Diagnostics.Metrics) no hace falta en ningún ejercicio y dejaría ver lo que hace el corrector, como sus peticiones HTTP",
            "listening to the process's diagnostics (DiagnosticListener, Activity, ActivitySource, System.Diagnostics.Metrics) is needed by no exercise and would show what the grader does, such as its HTTP requests"),
    ];

    /// <summary>A rule an exercise adds with <c>reglas: {prohibir: ['System.Threading.Thread.Sleep']}</c>: a type or member by name.</summary>
    public static ForbiddenApi Named(string name) =>
        new(name, "GR0110", s => Display(s) == name || Display(s).StartsWith(name + ".", StringComparison.Ordinal) || Display(s).StartsWith(name + "(", StringComparison.Ordinal),
            $"este ejercicio no permite usar {name}", $"this exercise does not allow {name}");

    private static bool InNamespace(ISymbol symbol, string prefix)
    {
        var ns = (symbol as INamespaceSymbol ?? symbol.ContainingNamespace)?.ToDisplayString() ?? "";
        return ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);
    }

    private static bool IsMember(ISymbol symbol, string type, string? member = null)
    {
        var owner = symbol is ITypeSymbol t ? t : symbol.ContainingType;
        if (owner?.OriginalDefinition.ToDisplayString() != type)
        {
            return false;
        }

        return member is null || symbol.Name == member;
    }

    /// <summary>A type's or member's name (<c>GetType().Name</c>), which students print and which reaches nothing.</summary>
    private static bool IsHarmlessName(ISymbol symbol) => symbol is IPropertySymbol { Name: "Name" or "FullName" or "Namespace" };

    /// <summary>Members of System.Type that hand out reflection objects or invoke by name.</summary>
    private static bool IsReflectionOnType(ISymbol symbol) =>
        symbol.ContainingType?.ToDisplayString() == "System.Type"
        && (symbol.Name.StartsWith("Get", StringComparison.Ordinal) && symbol.Name is not ("GetType" or "GetTypeCode" or "GetHashCode")
            || symbol.Name is "InvokeMember" or "MakeGenericType" or "TypeInitializer");

    /// <summary>
    /// A member of .NET that takes an IntPtr: a raw handle or address. <c>new FileStream((IntPtr)fd, ...)</c> opens
    /// any descriptor the process holds, the result channel's pipe among them. Arithmetic on IntPtr itself is harmless.
    /// </summary>
    private static bool TakesRawHandle(ISymbol symbol) =>
        symbol is IMethodSymbol method
        && method.ContainingType?.SpecialType is not (SpecialType.System_IntPtr or SpecialType.System_UIntPtr)
        && InNamespace(method, "System")
        && method.Parameters.Any(p => p.Type.SpecialType is SpecialType.System_IntPtr or SpecialType.System_UIntPtr);

    /// <summary>
    /// .NET's tracing and metrics library: <c>DiagnosticListener.AllListeners</c>, an <c>ActivityListener</c> or a
    /// <c>MeterListener</c> subscribes to every source in the runner's process, the <c>HttpClient</c> the checks use
    /// among them, and is handed their live request and response objects. The library holds nothing else.
    /// </summary>
    private static bool IsTracingOrMetrics(ISymbol symbol) =>
        (symbol as ITypeSymbol ?? symbol.ContainingType)?.OriginalDefinition.ContainingAssembly?.Name == "System.Diagnostics.DiagnosticSource";

    private static string Display(ISymbol symbol) => symbol.OriginalDefinition.ToDisplayString();
}
