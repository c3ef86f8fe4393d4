using System.Reflection;
using System.Runtime.Loader;
using Grader.Protocol;

namespace Grader.Runner;

/// <summary>
/// Runs compiled script submissions the way Roslyn's script host does: every submission's static
/// <c>&lt;Factory&gt;</c> gets the shared submission array, stores its instance in its slot (slot 0 is for
/// globals, unused here) and runs its top-level statements. Later submissions reach earlier ones through it.
/// </summary>
internal sealed class ScriptChain
{
    private readonly Dictionary<string, Assembly> loaded = new(StringComparer.Ordinal);
    private readonly object?[] submissions;
    private int next = 1;

    public ScriptChain(int length)
    {
        submissions = new object?[length + 1];
        AssemblyLoadContext.Default.Resolving += (_, name) =>
            name.Name is { } simple && loaded.TryGetValue(simple, out var assembly) ? assembly : null;
    }

    public Assembly Load(AssemblyToRun compiled)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        return Register(AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(compiled.Path)));
    }

    public Assembly Load(byte[] image)
    {
        using var stream = new MemoryStream(image);
        return Register(AssemblyLoadContext.Default.LoadFromStream(stream));
    }

    private Assembly Register(Assembly assembly)
    {
        loaded[assembly.GetName().Name!] = assembly;
        return assembly;
    }

    /// <summary>
    /// Creates the next submission, running its top-level statements on the calling thread (the process's main
    /// thread, as in a console program) and blocking until they end; returns its instance.
    /// </summary>
    public object RunNext(Assembly assembly, string scriptClassName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var type = assembly.GetType(scriptClassName, throwOnError: true)!;
        var factory = type.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{scriptClassName} has no script factory.");
        var slot = next++;
        try
        {
            var task = (Task<object>)factory.Invoke(null, [submissions])!;
            task.GetAwaiter().GetResult();
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(invocation.InnerException).Throw();
        }

        return submissions[slot] ?? throw new InvalidOperationException($"{scriptClassName} did not register itself.");
    }
}
