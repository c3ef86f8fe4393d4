using System.Globalization;
using System.Runtime.InteropServices;

namespace Grader.Runner;

/// <summary>
/// Keeps the result channel's pipe from being inherited by the processes the student's code starts: the runner
/// inherited it without close-on-exec, and a grandchild holding it could write records or keep it open.
/// </summary>
internal static partial class CloseOnExec
{
    private const int SetDescriptorFlags = 2;
    private const int CloseOnExecFlag = 1;

    public static void Set(string pipeHandle)
    {
        if (OperatingSystem.IsWindows() || !int.TryParse(pipeHandle, NumberStyles.Integer, CultureInfo.InvariantCulture, out var descriptor))
        {
            return;
        }

        _ = Fcntl(descriptor, SetDescriptorFlags, CloseOnExecFlag);
    }

    /// <summary>
    /// Makes the process non-dumpable: /proc/self/mem and friends become root's, so the student's code (under an
    /// unprivileged uid) cannot read the runner's memory, where the channel key and the checks live.
    /// </summary>
    public static void HideMemory()
    {
        if (OperatingSystem.IsLinux())
        {
            _ = Prctl(PrSetDumpable, 0, 0, 0, 0);
        }
    }

    private const int PrSetDumpable = 4;

    [DllImport("libc", EntryPoint = "prctl", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fcntl(int descriptor, int command, int argument);
}
