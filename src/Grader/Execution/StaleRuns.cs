using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Execution.Isolation;

namespace Grader.Execution;

/// <summary>
/// What a grader killed outright (SIGKILL, a power cut) could not clean: its <see cref="RunRoot"/> and the runs'
/// cgroups. Their names carry the grader's pid, so the next grader removes those whose grader is gone, once per
/// process. (Processes of its runs' uids that no cgroup held are killed when this grader takes the uid: <see cref="UserSlots"/>.)
/// </summary>
internal static partial class StaleRuns
{
    public const string Prefix = "grader-run-";

    private static int swept;

    public static string FolderPrefix => $"{Prefix}{Environment.ProcessId}-";

    public static void SweepOnce()
    {
        if (Interlocked.Exchange(ref swept, 1) == 1)
        {
            return;
        }

        // The groups first: their processes die before the folders they could be writing into are deleted.
        foreach (var root in CgroupV1.Roots.Append(CgroupV2.Root()).OfType<string>())
        {
            foreach (var cgroup in Owned(root, "run-" + Prefix))
            {
                CgroupProcesses.KillListed([Path.Combine(cgroup, "cgroup.procs")]);
                CgroupProcesses.RemoveWhenEmpty(cgroup);
            }
        }

        foreach (var folder in Owned(Path.GetTempPath(), Prefix))
        {
            TreeRemoval.Remove(folder);
        }
    }

    /// <summary>Subfolders named <c>prefix&lt;pid&gt;-…</c> whose pid is no longer a running process.</summary>
    private static List<string> Owned(string root, string prefix)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        // Links are never followed: a folder someone else planted under that name is not ours to delete.
        return Directory.EnumerateDirectories(root, prefix + "*")
            .Where(d => !new DirectoryInfo(d).Attributes.HasFlag(FileAttributes.ReparsePoint))
            .Where(d => Pid().Match(Path.GetFileName(d)[prefix.Length..]) is { Success: true } m
                && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && !IsAlive(pid))
            .ToList();
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^(\d+)-")]
    private static partial Regex Pid();
}
