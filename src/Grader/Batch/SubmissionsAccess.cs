using Grader.Checks;
using Grader.Execution.Isolation;

namespace Grader.Batch;

/// <summary>
/// Keeps students' runs out of the instructor's submissions (ENTREGAS) without changing more of them than that needs.
/// With bubblewrap a run sees none of the host's files. Without it, a run works on the host's filesystem under a uid
/// of its own, in no group of the instructor's: only the permissions for "others" would let it in, so those alone are
/// removed, and the summary says so. A folder already closed to others is left as it is; so is everything when the
/// runs share the grader's own uid, which passes any permission (the isolation warning already says so).
/// <c>--require-isolation</c> never gets here without bubblewrap: it refuses to grade.
/// </summary>
internal static class SubmissionsAccess
{
    private const UnixFileMode Others = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <returns>What the instructor must be told of: a change made, or one that could not be made; null when nothing was needed.</returns>
    public static LocalizedText? CloseToRuns(string path, IsolationLayers isolation)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(isolation);
        if (OperatingSystem.IsWindows() || isolation.ReadOnlyView || !isolation.UnprivilegedUser)
        {
            return null;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & Others) == 0)
        {
            return null;
        }

        var closed = mode & ~Others;
        try
        {
            File.SetUnixFileMode(path, closed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LocalizedText(
                $"No se pudieron cerrar las entregas ({path}) a otros usuarios ({Permissions(mode)}): sin bubblewrap, el código de un alumno, que se ejecuta con otro usuario, puede leer las de los demás.",
                $"Could not close the submissions ({path}) to other users ({Permissions(mode)}): without bubblewrap, a student's code, which runs under another user, can read the others'.");
        }

        return new LocalizedText(
            $"Las entregas ({path}) estaban abiertas a otros usuarios, y sin bubblewrap el código de un alumno, que se ejecuta con otro usuario, habría podido leer las de los demás: se les quitaron los permisos de «otros» ({Permissions(mode)} → {Permissions(closed)}).",
            $"The submissions ({path}) were open to other users, and without bubblewrap a student's code, which runs under another user, could have read the others': their permissions for others were removed ({Permissions(mode)} → {Permissions(closed)}).");
    }

    /// <summary>As <c>ls -l</c> shows them: <c>rwxr-x---</c>.</summary>
    private static string Permissions(UnixFileMode mode)
    {
        UnixFileMode[] bits =
        [
            UnixFileMode.UserRead, UnixFileMode.UserWrite, UnixFileMode.UserExecute,
            UnixFileMode.GroupRead, UnixFileMode.GroupWrite, UnixFileMode.GroupExecute,
            UnixFileMode.OtherRead, UnixFileMode.OtherWrite, UnixFileMode.OtherExecute,
        ];
        return string.Concat(bits.Select((bit, i) => (mode & bit) != 0 ? "rwx"[i % 3] : '-'));
    }
}
