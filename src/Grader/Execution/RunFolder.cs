using Grader.Execution.Isolation;

namespace Grader.Execution;

/// <summary>
/// A fresh folder per run under <see cref="RunRoot"/>: <c>bin/</c> holds the compiled assemblies and the plan,
/// <c>work/</c> is the program's empty working folder, <c>tmp/</c> its TMPDIR. Private: 0700 to the grader, or, for
/// a run under a uid of its own (<see cref="OpenTo"/>), readable by that uid alone and writable by it only in
/// work/ and tmp/. Deleted when disposed, which must wait until no process of the run is left.
/// </summary>
internal sealed class RunFolder : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private static int created;

    private RunFolder(string root)
    {
        Root = CreatePrivate(root);
        Bin = CreatePrivate(Path.Combine(root, "bin"));
        Work = CreatePrivate(Path.Combine(root, "work"));
        Temp = CreatePrivate(Path.Combine(root, "tmp"));
    }

    public string Root { get; }

    public string Bin { get; }

    public string Work { get; }

    public string Temp { get; }

    /// <summary>A name for this run that carries the grader's pid, as <see cref="StaleRuns"/> expects of cgroups.</summary>
    public string Name => $"{Path.GetFileName(Path.GetDirectoryName(Root))}-{Path.GetFileName(Root)}";

    /// <summary>Only this grader writes in <see cref="RunRoot"/>: a counter names each run's folder uniquely.</summary>
    public static RunFolder Create() =>
        new(Path.Combine(RunRoot.Path, $"r-{Interlocked.Increment(ref created)}-{Path.GetRandomFileName().Replace(".", "", StringComparison.Ordinal)}"));

    /// <summary>
    /// For a run under <paramref name="uid"/>: the folder is root's with the run's group (0750), bin/ the grader's
    /// (read-only to the run), work/ and tmp/ the run's own (0700). No other uid can enter any of them.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void OpenTo(int uid)
    {
        UnixOwner.Change(Root, 0, uid);
        File.SetUnixFileMode(Root, Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        File.SetUnixFileMode(Bin, Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        UnixOwner.Change(Work, uid, uid);
        UnixOwner.Change(Temp, uid, uid);
    }

    public void Dispose() => TreeRemoval.Remove(Root);

    private static string CreatePrivate(string path) =>
        (OperatingSystem.IsWindows() ? Directory.CreateDirectory(path) : Directory.CreateDirectory(path, Private)).FullName;
}
