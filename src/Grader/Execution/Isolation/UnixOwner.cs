using System.Runtime.InteropServices;

namespace Grader.Execution.Isolation;

/// <summary>chown without following a link (.NET has no API for a file's owner).</summary>
internal static class UnixOwner
{
    public static void Change(string path, int uid, int gid)
    {
        if (lchown(path, (uint)uid, (uint)gid) != 0)
        {
            throw new IOException($"Cannot give {path} to uid {uid}: errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int lchown(string path, uint owner, uint group);
}
