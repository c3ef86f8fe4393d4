namespace Grader.Execution;

/// <summary>
/// The one folder under the system's temporary folder that holds this grader's run folders and its staged runner:
/// <c>grader-run-&lt;pid&gt;-XXXXXX</c>, owned by the grader, mode 0711. A run's uid can pass through it to its own
/// folder but cannot list it, so no run learns where the others are. Deleted when the grader ends; a grader killed
/// outright leaves it to the next one's <see cref="StaleRuns"/>.
/// </summary>
internal static class RunRoot
{
    private static readonly Lazy<string> Created = new(Create);

    public static string Path => Created.Value;

    private static string Create()
    {
        StaleRuns.SweepOnce();
        var root = Directory.CreateTempSubdirectory(StaleRuns.FolderPrefix).FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => TreeRemoval.Remove(root);
        return root;
    }
}
