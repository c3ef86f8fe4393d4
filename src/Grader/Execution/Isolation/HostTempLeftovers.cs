using System.Diagnostics;
using System.Globalization;

namespace Grader.Execution.Isolation;

/// <summary>
/// What a run's uid left in the host's shared temporary folders (/tmp, /var/tmp, /dev/shm), which a run without
/// bubblewrap's private view can write to: removed once the run's processes are gone, so nothing accumulates over a
/// batch and the next run under that uid finds nothing of the last. Only entries directly in those folders: their
/// parent is root's and sticky, so no run can swap it for a link; <see cref="TreeRemoval"/> deletes each.
/// </summary>
internal static class HostTempLeftovers
{
    private static readonly string[] Folders = ["/tmp", "/var/tmp", "/dev/shm"];
    private static readonly string? Find = new[] { "/usr/bin/find", "/bin/find" }.FirstOrDefault(File.Exists);

    public static void Remove(int uid)
    {
        var folders = Folders.Where(Directory.Exists).ToList();
        if (Find is null || folders.Count == 0)
        {
            return;
        }

        // find lists without following links (-P) and never descends: each entry is then removed as a tree.
        var start = new ProcessStartInfo(Find) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in folders.Concat(["-mindepth", "1", "-maxdepth", "1", "-user", uid.ToString(CultureInfo.InvariantCulture), "-print0"]))
        {
            start.ArgumentList.Add(argument);
        }

        string listed;
        using (var process = Process.Start(start)!)
        {
            var errors = process.StandardError.ReadToEndAsync();
            listed = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
        }

        foreach (var entry in listed.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Folders.Contains(Path.GetDirectoryName(entry)))
            {
                TreeRemoval.Remove(entry);
            }
        }
    }
}
