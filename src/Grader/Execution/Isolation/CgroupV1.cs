using System.Globalization;

namespace Grader.Execution.Isolation;

/// <summary>
/// cgroup v1 groups, one per hierarchy: memory (limit, no swap, OOM counter), pids (task cap) and, where mounted, cpu
/// (a CFS quota, and the same share as every other run however many threads it starts). A process joins by writing
/// its pid to each cgroup.procs; killing lists every pid in them until none is left.
/// </summary>
internal sealed class CgroupV1 : ICgroup
{
    private const string MemoryRoot = "/sys/fs/cgroup/memory/grader";
    private const string PidsRoot = "/sys/fs/cgroup/pids/grader";
    private const string CpuRoot = "/sys/fs/cgroup/cpu/grader";

    private readonly string memory;
    private readonly string pids;
    private readonly string? cpu;

    private CgroupV1(string memory, string pids, string? cpu)
    {
        this.memory = memory;
        this.pids = pids;
        this.cpu = cpu;
    }

    /// <summary>The folders under which the runs' groups are made, one per hierarchy.</summary>
    public static IReadOnlyList<string> Roots => [MemoryRoot, PidsRoot, CpuRoot];

    public IReadOnlyList<string> ProcsFiles =>
        [Path.Combine(memory, "cgroup.procs"), Path.Combine(pids, "cgroup.procs"), .. cpu is null ? Array.Empty<string>() : [Path.Combine(cpu, "cgroup.procs")]];

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

    public static CgroupV1? Create(string name, long memoryBytes, int maxTasks, int cpus)
    {
        var memory = Path.Combine(MemoryRoot, name);
        var pids = Path.Combine(PidsRoot, name);
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
            return new CgroupV1(memory, pids, CreateCpu(name, cpus));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CgroupProcesses.RemoveWhenEmpty(memory);
            CgroupProcesses.RemoveWhenEmpty(pids);
            return null;
        }
    }

    public void KillAll() => CgroupProcesses.KillListed(ProcsFiles);

    /// <summary>
    /// The run's cpu group: cpu.shares of 1024 per CPU it may use, like that many busy threads, so 400 spinning threads
    /// weigh no more than one against the other runs; cpu.cfs_quota_us caps it at <paramref name="cpus"/> CPUs of time
    /// per period. The runs' parent weighs as much as one busy thread per core against the host's own tasks (the
    /// grader compiling ahead among them), as the runs' threads did before they were grouped. Null where the cpu
    /// hierarchy is missing or cannot be written: memory and pids still hold.
    /// </summary>
    private static string? CreateCpu(string name, int cpus)
    {
        if (!Directory.Exists("/sys/fs/cgroup/cpu"))
        {
            return null;
        }

        var cpu = Path.Combine(CpuRoot, name);
        try
        {
            Directory.CreateDirectory(cpu);
            File.WriteAllText(Path.Combine(CpuRoot, "cpu.shares"), (1024 * Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture));
            File.WriteAllText(Path.Combine(cpu, "cpu.shares"), (1024 * cpus).ToString(CultureInfo.InvariantCulture));
            var period = long.Parse(File.ReadAllText(Path.Combine(cpu, "cpu.cfs_period_us")).Trim(), CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(cpu, "cpu.cfs_quota_us"), (period * cpus).ToString(CultureInfo.InvariantCulture));
            return cpu;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            CgroupProcesses.RemoveWhenEmpty(cpu);
            return null;
        }
    }

    public bool IsEmpty => CgroupProcesses.AreEmpty(ProcsFiles);

    public void Dispose()
    {
        KillAll();
        CgroupProcesses.RemoveWhenEmpty(memory);
        CgroupProcesses.RemoveWhenEmpty(pids);
        if (cpu is not null)
        {
            CgroupProcesses.RemoveWhenEmpty(cpu);
        }
    }
}
