using System.Globalization;

namespace Grader.Execution.Isolation;

/// <summary>
/// A cgroup v2 group: memory.max, memory.swap.max, pids.max; where the cpu controller is delegated, cpu.max (a quota
/// of CPUs) and a cpu.weight per CPU, so a run's thread count buys it no more CPU than another run; memory.events for
/// OOM kills; cgroup.kill.
/// </summary>
internal sealed class CgroupV2 : ICgroup
{
    private readonly string path;

    private CgroupV2(string path) => this.path = path;

    public IReadOnlyList<string> ProcsFiles => [Path.Combine(path, "cgroup.procs")];

    public bool OutOfMemory =>
        File.Exists(Path.Combine(path, "memory.events"))
        && File.ReadLines(Path.Combine(path, "memory.events")).Any(l => l.StartsWith("oom_kill ", StringComparison.Ordinal) && l != "oom_kill 0");

    /// <summary>Null when the hierarchy lacks the memory and pids controllers or cannot be written.</summary>
    public static CgroupV2? Create(string parent, string name, long memoryBytes, int maxTasks, int cpus)
    {
        var path = Path.Combine(parent, name);
        try
        {
            // The grader's own group must hand memory and pids down to the run's groups.
            Directory.CreateDirectory(parent);
            File.WriteAllText(Path.Combine(parent, "cgroup.subtree_control"), "+memory +pids");
            var cpu = TryEnableCpu(parent);
            Directory.CreateDirectory(path);
            if (cpu)
            {
                // Weights as in CgroupV1: the default (100) per CPU the run may use, the parent's per core.
                File.WriteAllText(Path.Combine(parent, "cpu.weight"), (100 * Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture));
                File.WriteAllText(Path.Combine(path, "cpu.weight"), (100 * cpus).ToString(CultureInfo.InvariantCulture));
                File.WriteAllText(Path.Combine(path, "cpu.max"), $"{cpus * Period} {Period}");
            }

            File.WriteAllText(Path.Combine(path, "memory.max"), memoryBytes.ToString(CultureInfo.InvariantCulture));
            if (File.Exists(Path.Combine(path, "memory.swap.max")))
            {
                File.WriteAllText(Path.Combine(path, "memory.swap.max"), "0");
            }

            File.WriteAllText(Path.Combine(path, "pids.max"), maxTasks.ToString(CultureInfo.InvariantCulture));
            return new CgroupV2(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryRemove(path);
            return null;
        }
    }

    private const int Period = 100_000;

    /// <summary>The cpu controller is optional: a hierarchy that does not delegate it still limits memory and tasks.</summary>
    private static bool TryEnableCpu(string parent)
    {
        try
        {
            File.WriteAllText(Path.Combine(parent, "cgroup.subtree_control"), "+cpu");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The v2 groups are made under this one: a cgroup v2 mount whose root delegates memory and pids.</summary>
    public static string? Root()
    {
        foreach (var candidate in new[] { "/sys/fs/cgroup", "/sys/fs/cgroup/unified" })
        {
            var controllers = Path.Combine(candidate, "cgroup.subtree_control");
            if (File.Exists(controllers) && File.ReadAllText(controllers).Split(' ', '\n').Contains("memory")
                && File.ReadAllText(controllers).Split(' ', '\n').Contains("pids"))
            {
                return Path.Combine(candidate, "grader");
            }
        }

        return null;
    }

    public void KillAll()
    {
        var kill = Path.Combine(path, "cgroup.kill");
        try
        {
            if (File.Exists(kill))
            {
                File.WriteAllText(kill, "1");
            }
        }
        catch (IOException)
        {
        }

        CgroupProcesses.KillListed(ProcsFiles);
    }

    public bool IsEmpty => CgroupProcesses.AreEmpty(ProcsFiles);

    public void Dispose()
    {
        KillAll();
        TryRemove(path);
    }

    private static void TryRemove(string path) => CgroupProcesses.RemoveWhenEmpty(path);
}
