using System.Globalization;

namespace Grader.Execution.Isolation;

/// <summary>The whole environment the runner gets: nothing of the grader's own reaches the student's code.</summary>
internal static class RunnerEnvironment
{
    public static IReadOnlyDictionary<string, string> For(SandboxRequest request, string home, string temp)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The managed heap gets three quarters of the memory limit; the rest is for the runtime's native memory,
        // which the cgroup caps where there is one.
        var heap = request.Limits.MemoryBytes / 4 * 3;
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/bin:/bin",
            ["HOME"] = home,
            ["TMPDIR"] = temp,
            ["DOTNET_GCHeapHardLimit"] = "0x" + heap.ToString("X", CultureInfo.InvariantCulture),
            ["DOTNET_EnableDiagnostics"] = "0",
        };
        // Told outright: the runtime would otherwise read the cgroup's CPU quota (one CPU for most runs) as the
        // number of cores, and checks that need two cores to provoke a race would refuse to run.
        environment["DOTNET_PROCESSOR_COUNT"] = (request.ProcessorCount ?? Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture);

        return environment;
    }

    public static string RunnerDirectory => AppContext.BaseDirectory.TrimEnd('/');
}
