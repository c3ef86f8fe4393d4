using System.Globalization;

namespace Grader.Execution.Isolation;

/// <summary>
/// cgroup v1 groups, one per hierarchy: memory (limit, no swap, OOM counter) and pids (task cap). A process joins
/// by writing its pid to each cgroup.procs; killing lists every pid in them until none is left.
/// </summary>
internal sealed class CgroupV1 : ICgroup
{
    private readonly string memory;
    private readonly string pids;

    private CgroupV1(string memory, string pids)
    {
        this.memory = memory;
        this.pids = pids;
    }

    public IReadOnlyList<string> ProcsFiles => [Path.Combine(memory, "cgroup.procs"), Path.Combine(pids, "cgroup.procs")];

    public bool OutOfMemory
    {
        get
        {
            var control = Path.Combine(memory, "memory.oom_control");
            return File.Exists(control) && File.ReadLines(control).Any(l => l.StartsWith("oom_kill ", StringComparison.Ordinal) && l != "oom_kill 0");
        }
    }

    public static bool Available => Directory.Exists("/sys/fs/cgroup/memory") && Directory.Exists("/sys/fs/cgroup/pids")
        && File.Exists("/sys/fs/cgroup/memory/cgroup.procs");

    public static CgroupV1? Create(string name, long memoryBytes, int maxTasks)
    {
        var memory = Path.Combine("/sys/fs/cgroup/memory/grader", name);
        var pids = Path.Combine("/sys/fs/cgroup/pids/grader", name);
        try
        {
            Directory.CreateDirectory(memory);
            Directory.CreateDirectory(pids);
            File.WriteAllText(Path.Combine(memory, "memory.limit_in_bytes"), memoryBytes.ToString(CultureInfo.InvariantCulture));
            var swap = Path.Combine(memory, "memory.memsw.limit_in_bytes");
            if (File.Exists(swap))
            {
                File.WriteAllText(swap, memoryBytes.ToString(CultureInfo.InvariantCulture));
            }

            File.WriteAllText(Path.Combine(pids, "pids.max"), maxTasks.ToString(CultureInfo.InvariantCulture));
            return new CgroupV1(memory, pids);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CgroupProcesses.RemoveWhenEmpty(memory);
            CgroupProcesses.RemoveWhenEmpty(pids);
            return null;
        }
    }

    public void KillAll() => CgroupProcesses.KillListed(ProcsFiles);

    public void Dispose()
    {
        KillAll();
        CgroupProcesses.RemoveWhenEmpty(memory);
        CgroupProcesses.RemoveWhenEmpty(pids);
    }
}
