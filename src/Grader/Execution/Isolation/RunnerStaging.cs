namespace Grader.Execution.Isolation;

/// <summary>
/// Where the sandbox reads the runner's files from: a copy of those five files alone, made once per grader process
/// in <see cref="RunRoot"/> and readable by every uid. A run drops to a uid of its own, which must be able to read
/// them (a tool installed by root under <c>/root/.dotnet/tools</c> is closed to it, and every run would crash in a way
/// that looks like the student's fault); and without bubblewrap's private view, a run started from the grader's own
/// folder could read what lies next to the runner: the bundled exercises, solutions and checks included.
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

        var staged = Directory.CreateDirectory(Path.Combine(RunRoot.Path, "runner")).FullName;
        foreach (var file in files)
        {
            var target = Path.Combine(staged, file);
            File.Copy(Path.Combine(source, file), target);
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        File.SetUnixFileMode(staged, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return staged;
    }
}
