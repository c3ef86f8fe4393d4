using System.Diagnostics;
using System.Globalization;

namespace Grader.Execution.Isolation;

/// <summary>Killing what a cgroup holds, and removing the group once it is empty.</summary>
internal static class CgroupProcesses
{
    /// <summary>Kills every pid listed, again and again while new ones appear (a fork bomb races the killer), for up to 5 s.</summary>
    public static void KillListed(IEnumerable<string> procsFiles)
    {
        var files = procsFiles.Where(File.Exists).ToList();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            var pids = files.SelectMany(Read).Distinct().ToList();
            if (pids.Count == 0)
            {
                return;
            }

            foreach (var pid in pids)
            {
                try
                {
                    using var process = Process.GetProcessById(pid);
                    process.Kill();
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // Already gone.
                }
            }

            Thread.Sleep(10);
        }
    }

    public static bool AreEmpty(IEnumerable<string> procsFiles) => !procsFiles.Where(File.Exists).SelectMany(Read).Any();

    public static void RemoveWhenEmpty(string path)
    {
        for (var attempt = 0; attempt < 50 && Directory.Exists(path); attempt++)
        {
            try
            {
                Directory.Delete(path);
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(20);
            }
            catch (UnauthorizedAccessException)
            {
                return;
            }
        }
    }

    private static IEnumerable<int> Read(string file)
    {
        try
        {
            return File.ReadAllLines(file).Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToList();
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            return [];
        }
    }
}
