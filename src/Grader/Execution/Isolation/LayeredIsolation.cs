using System.Diagnostics;
using System.Globalization;

namespace Grader.Execution.Isolation;

/// <summary>
/// The layers this machine offers, stacked. A shell joins the run's cgroups and execs the rest, so no process of
/// the run is ever outside them: [setpriv to a uid of the run's own] → prlimit → bwrap (every namespace, a
/// read-only view of the runtime and the compiled files, size-capped tmpfs for work and tmp, empty environment,
/// seccomp) → dotnet runner. Without bwrap, unshare gives PID, network and IPC namespaces instead.
/// </summary>
internal sealed class LayeredIsolation(HostTools tools, IsolationLayers layers) : IIsolation
{
    private const string Script =
        "f=$1; shift; while [ \"$1\" != \"--\" ]; do echo $$ > \"$1\" || exit 125; shift; done; shift; exec \"$@\" 9<\"$f\"";

    private const string BinInside = "/sandbox/bin";
    private const string RunnerInside = "/grader";
    private const long WorkBytes = 64L * 1024 * 1024;
    private const long FileBytes = 16L * 1024 * 1024;
    private const int MaxTasks = 512;

    private static readonly string[] RunnerFiles =
        ["Grader.Runner.dll", "Grader.Runner.deps.json", "Grader.Runner.runtimeconfig.json", "Grader.Checks.dll", "Grader.Protocol.dll"];

    public IsolationLayers Layers { get; } = layers;

    /// <summary>Null when no layer is available: use <see cref="PlainIsolation"/>.</summary>
    public static LayeredIsolation? Create(HostTools tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var layers = Decide(tools);
        return layers.Namespaces == "none" && layers.Cgroups == "none" && !layers.Rlimits ? null : new LayeredIsolation(tools, layers);
    }

    public Launch Prepare(RunFolder folder, SandboxRequest request, string pipeHandle)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(request);
        var name = "run-" + folder.Name;
        ICgroup? cgroup = Layers.Cgroups switch
        {
            "v2" => CgroupV2.Create(CgroupV2.Root()!, name, request.Limits.MemoryBytes, MaxTasks, request.Limits.Cpus),
            "v1" => CgroupV1.Create(name, request.Limits.MemoryBytes, MaxTasks, request.Limits.Cpus),
            _ => null,
        };
        UserSlots.Lease? lease = null;
        try
        {
            lease = Layers.UnprivilegedUser ? UserSlots.Acquire() : null;
            if (lease is not null && !OperatingSystem.IsWindows())
            {
                folder.OpenTo(lease.Uid);
            }

            return Build(folder, request, pipeHandle, cgroup, lease);
        }
        catch
        {
            cgroup?.Dispose();
            lease?.Dispose();
            throw;
        }
    }

    private Launch Build(RunFolder folder, SandboxRequest request, string pipeHandle, ICgroup? cgroup, UserSlots.Lease? lease)
    {
        var layers = cgroup is null ? Layers with { Cgroups = "none" } : Layers;

        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = folder.Work };
        start.Environment.Clear();
        RunnerCommand.AppendAll(start, ["-c", Script, "sh", Layers.Seccomp ? WriteFilter(folder) : "/dev/null"]);
        RunnerCommand.AppendAll(start, cgroup?.ProcsFiles ?? []);
        start.ArgumentList.Add("--");
        var bwrap = Layers.Namespaces == "bwrap";
        if (Layers.Namespaces == "unshare")
        {
            // Namespaces first, while still root: the new network namespace's loopback is down until raised.
            RunnerCommand.AppendAll(start, [tools.Unshare!, "--pid", "--fork", "--kill-child", "--mount-proc", "--ipc", "--uts", "--net", "--", "/bin/sh", "-c", "ip link set lo up 2>/dev/null; exec \"$@\"", "sh"]);
        }

        if (lease is not null)
        {
            RunnerCommand.AppendAll(start, [tools.Setpriv!, .. UserSlots.DropArguments(lease.Uid)]);
        }

        if (Layers.Rlimits)
        {
            RunnerCommand.AppendAll(start, [tools.Prlimit!, "--core=0", $"--fsize={FileBytes}", "--nofile=256", $"--nproc={MaxTasks}"]);
        }

        var environment = RunnerEnvironment.For(request, bwrap ? "/work" : folder.Work, bwrap ? "/tmp" : folder.Temp);
        if (bwrap)
        {
            RunnerCommand.AppendAll(start, BubblewrapArguments(folder, environment));
            RunnerCommand.Append(start, $"{RunnerInside}/{RunnerCommand.RunnerFile}", $"{BinInside}/plan.json", pipeHandle);
            return new Launch(start, BinInside, folder, cgroup, lease, layers);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.ArgumentList.Add(DotnetMuxer.Path);
        RunnerCommand.Append(start, Path.Combine(RunnerStaging.For(RunnerFiles), RunnerCommand.RunnerFile), Path.Combine(folder.Bin, "plan.json"), pipeHandle);
        return new Launch(start, folder.Bin, folder, cgroup, lease, layers);
    }

    private IEnumerable<string> BubblewrapArguments(RunFolder folder, IReadOnlyDictionary<string, string> environment)
    {
        yield return tools.Bwrap!;
        foreach (var argument in new[]
        {
            "--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--new-session",
            "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin",
            "--proc", "/proc", "--dev", "/dev",
            "--ro-bind", folder.Bin, BinInside,
            "--size", WorkBytes.ToString(CultureInfo.InvariantCulture), "--perms", "1777", "--tmpfs", "/work",
            "--size", WorkBytes.ToString(CultureInfo.InvariantCulture), "--perms", "1777", "--tmpfs", "/tmp",
            "--chdir", "/work", "--clearenv",
        })
        {
            yield return argument;
        }

        // Only the runner's own files: the grader's folder also holds the bundled exercises, solutions included.
        var runnerSource = RunnerStaging.For(RunnerFiles);
        foreach (var file in RunnerFiles)
        {
            yield return "--ro-bind";
            yield return Path.Combine(runnerSource, file);
            yield return $"{RunnerInside}/{file}";
        }

        var muxerRoot = Path.GetDirectoryName(DotnetMuxer.Path)!;
        if (!muxerRoot.StartsWith("/usr/", StringComparison.Ordinal))
        {
            yield return "--ro-bind";
            yield return muxerRoot;
            yield return muxerRoot;
        }

        foreach (var (key, value) in environment)
        {
            yield return "--setenv";
            yield return key;
            yield return value;
        }

        if (Layers.Seccomp)
        {
            yield return "--seccomp";
            yield return "9";
        }

        yield return DotnetMuxer.Path;
    }

    private static IsolationLayers Decide(HostTools tools)
    {
        var namespaces = tools.BwrapWorks ? "bwrap" : tools.Unshare is not null && tools.IsRoot && tools.Ip is not null ? "unshare" : "none";
        var cgroups = !tools.IsRoot ? "none" : CgroupV2.Root() is not null ? "v2" : CgroupV1.Available ? "v1" : "none";
        return new IsolationLayers(
            namespaces,
            cgroups,
            Rlimits: tools.Prlimit is not null,
            Seccomp: namespaces == "bwrap" && SeccompFilter.Supported,
            UnprivilegedUser: tools.IsRoot && tools.Setpriv is not null,
            ReadOnlyView: namespaces == "bwrap");
    }

    private static string WriteFilter(RunFolder folder)
    {
        var path = Path.Combine(folder.Root, "seccomp.bpf");
        File.WriteAllBytes(path, Filter.Value);
        return path;
    }

    private static readonly Lazy<byte[]> Filter = new(SeccompFilter.Build);
}
