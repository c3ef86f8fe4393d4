namespace Grader.Gradebook;

/// <summary>
/// The grader's own output closed to every user but the grader's: a run without bubblewrap's private view works
/// under a uid of its own on the host's filesystem, and would otherwise read the gradebook and reports there.
/// Closing a folder closes everything under it: no other user can pass through it. (The instructor's submissions
/// are theirs: see <c>Batch/SubmissionsAccess</c>.)
/// </summary>
internal static class OwnerOnly
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and those above it) if needed, and makes it 0700.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, Folder);
        System.IO.File.SetUnixFileMode(path, Folder);
    }

    /// <summary>Creates an empty file 0600 unless it exists; makes an existing one 0600.</summary>
    public static void CreateFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!System.IO.File.Exists(path))
        {
            using var created = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = File });
        }

        System.IO.File.SetUnixFileMode(path, File);
    }
}
