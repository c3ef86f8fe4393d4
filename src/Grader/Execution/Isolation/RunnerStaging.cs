namespace Grader.Execution.Isolation;

/// <summary>
/// Where the sandbox reads the runner's files from. A run drops to a uid of its own, which must be able to reach
/// them: a tool installed by root under <c>/root/.dotnet/tools</c> is not reachable, and every run would crash
/// in a way that looks like the student's fault. Then the files are copied once per grader process into a
/// world-readable temporary folder named like a run folder, so <see cref="StaleRuns"/> also cleans it up.
/// </summary>
internal static class RunnerStaging
{
    private static readonly Lazy<string> Folder = new(Stage);

    private static IReadOnlyList<string> files = [];

    public static string For(IReadOnlyList<string> runnerFiles)
    {
        ArgumentNullException.ThrowIfNull(runnerFiles);
        files = runnerFiles;
        return Folder.Value;
    }

    private static string Stage()
    {
        var source = RunnerEnvironment.RunnerDirectory;
        if (OperatingSystem.IsWindows())
        {
            return source;
        }

        foreach (var file in files)
        {
            if (!ReadableByAnyone(Path.Combine(source, file)))
            {
                return Copy(source);
            }
        }

        return source;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string Copy(string source)
    {
        var staged = Directory.CreateTempSubdirectory(StaleRuns.FolderPrefix + "runner-");
        foreach (var file in files)
        {
            var target = Path.Combine(staged.FullName, file);
            File.Copy(Path.Combine(source, file), target);
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        // Removed when this grader ends; a grader killed outright leaves it to the next one's sweep.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(staged.FullName);
        File.SetUnixFileMode(staged.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return staged.FullName;
    }

    /// <summary>Other users can read the file and enter every folder above it.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool ReadableByAnyone(string path)
    {
        if (!File.Exists(path) || !File.GetUnixFileMode(path).HasFlag(UnixFileMode.OtherRead))
        {
            return false;
        }

        for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (!File.GetUnixFileMode(folder).HasFlag(UnixFileMode.OtherExecute))
            {
                return false;
            }
        }

        return true;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
