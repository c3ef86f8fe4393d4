using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Grader.Execution.Isolation;

/// <summary>
/// Every process of a run's uid, found in /proc whatever its parent or namespace: a daemon that left the run's
/// process tree, where no cgroup holds the run, is still the run's, and must be gone before its folder is deleted
/// and its uid handed to another run.
/// </summary>
internal static class UidProcesses
{
    /// <summary>Kills them again and again while new ones appear, for up to 5 s; true when none is left.</summary>
    public static bool KillAll(int uid)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            var pids = Of(uid);
            if (pids.Count == 0)
            {
                return true;
            }

            foreach (var pid in pids)
            {
                _ = kill(pid, 9);
            }

            Thread.Sleep(10);
        }

        return Of(uid).Count == 0;
    }

    /// <summary>Processes whose real, effective, saved or filesystem uid is <paramref name="uid"/> (zombies included: they still hold their pid).</summary>
    public static List<int> Of(int uid)
    {
        var found = new List<int>();
        var wanted = uid.ToString(CultureInfo.InvariantCulture);
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var line = File.ReadLines(Path.Combine(directory, "status")).FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
                if (line is not null && line[4..].Split('\t', StringSplitOptions.RemoveEmptyEntries).Contains(wanted))
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone while listed.
            }
        }

        return found;
    }

    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int kill(int pid, int signal);
}
