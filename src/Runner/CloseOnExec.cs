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

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fcntl(int descriptor, int command, int argument);
}
