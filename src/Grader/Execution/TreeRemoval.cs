using System.Diagnostics;

namespace Grader.Execution;

/// <summary>
/// Deletes a folder a run wrote into, which is hostile ground: links inside are never followed, a tree deeper than
/// PATH_MAX goes too, and so do folders the run made read-only. On Linux this is GNU <c>rm -rf --one-file-system</c>:
/// its traversal (gnulib fts) works from directory descriptors with O_NOFOLLOW, so neither a path's length nor a
/// folder swapped for a link while it runs leads it outside the tree. Directory.Delete works from whole paths: it
/// throws PathTooLongException past 4096 bytes and re-resolves every path it builds.
/// </summary>
internal static class TreeRemoval
{
    private static readonly string? Rm = new[] { "/usr/bin/rm", "/bin/rm" }.FirstOrDefault(File.Exists);
    private static readonly string? Chmod = new[] { "/usr/bin/chmod", "/bin/chmod" }.FirstOrDefault(File.Exists);

    /// <summary>True when nothing is left at <paramref name="path"/>. Never throws: a folder left behind is not the run's fault.</summary>
    public static bool Remove(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsLinux() || Rm is null)
        {
            return RemoveManaged(path);
        }

        if (Exists(path) && !Run(Rm, "-rf", "--one-file-system", "--", path) && Chmod is not null)
        {
            // Root ignores modes; any other user cannot empty a folder the run left without its write bit. chmod -R
            // changes no link's target: links met while recursing are skipped.
            Run(Chmod, "-R", "u+rwx", "--", path);
            Run(Rm, "-rf", "--one-file-system", "--", path);
        }

        return !Exists(path);
    }

    private static bool Exists(string path) => Path.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private static bool Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static bool RemoveManaged(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return !Directory.Exists(path);
    }
}
