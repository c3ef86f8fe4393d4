using System.Diagnostics;

namespace Grader.Execution.Isolation;

/// <summary>The programs and kernel features this machine offers for isolation, found once per grader process.</summary>
internal sealed record HostTools(string? Bwrap, string? Unshare, string? Setpriv, string? Prlimit, string? Ip, bool IsRoot, bool BwrapWorks)
{
    private static readonly Lazy<HostTools> Probed = new(Probe);

    public static HostTools Current => Probed.Value;

    private static HostTools Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return new HostTools(null, null, null, null, null, false, false);
        }

        var bwrap = Find("bwrap");
        var setpriv = Find("setpriv");
        var isRoot = geteuid() == 0;
        return new HostTools(bwrap, Find("unshare"), setpriv, Find("prlimit"), Find("ip"), isRoot, bwrap is not null && Tries(bwrap, setpriv, isRoot));
    }

    private static readonly string[] SearchPath = ["/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin"];

    private static readonly string[] ProbeArguments =
        ["--unshare-all", "--die-with-parent", "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin", "--proc", "/proc", "--dev", "/dev", "/usr/bin/true"];

    private static string? Find(string name) =>
        SearchPath
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);

    /// <summary>bwrap can be installed and still refused (no user namespaces): try it once.</summary>
    private static bool Tries(string bwrap, string? setpriv, bool isRoot)
    {
        var start = new ProcessStartInfo(isRoot && setpriv is not null ? setpriv : bwrap) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        if (isRoot && setpriv is not null)
        {
            foreach (var arg in UserSlots.DropArguments(UserSlots.ProbeUid))
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add(bwrap);
        }

        foreach (var arg in ProbeArguments)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            if (!process.WaitForExit(5000))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
    private static extern uint geteuid();
}
