using System.Runtime.InteropServices;

namespace Grader.Execution;

/// <summary>Finds the <c>dotnet</c> executable that runs the grader, to start the runner child with the same runtime.</summary>
internal static class DotnetMuxer
{
    private static readonly Lazy<string> Located = new(Locate);

    public static string Path => Located.Value;

    private static string Locate()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        if (Environment.ProcessPath is { } process && System.IO.Path.GetFileName(process) == name)
        {
            return process;
        }

        // The shared runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/; the muxer in <root>.
        var root = System.IO.Path.GetFullPath(System.IO.Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var candidate = System.IO.Path.Combine(root, name);
        return File.Exists(candidate) ? candidate : name;
    }
}
