using System.Globalization;

namespace Grader.Runner;

/// <summary>
/// What /proc/PID/stat says of a process: its state, its parent, and when it started. A pid alone can be reused;
/// a pid with its start time names one process for good, which is how a relaunch is followed until it ends.
/// </summary>
internal readonly record struct ProcStat(char State, int ParentId, ulong StartTime)
{
    /// <summary>A zombie or a dead task: it has ended, and only waits for its parent to reap it.</summary>
    public bool Ended => State is 'Z' or 'X' or 'x';

    /// <summary>Null when there is no such process (or no /proc, as on macOS and Windows).</summary>
    public static ProcStat? Read(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name comes second, in parentheses, and may itself hold spaces and parentheses.
        var close = text.LastIndexOf(')');
        if (close < 0 || close + 2 >= text.Length)
        {
            return null;
        }

        var fields = text[(close + 2)..].Split(' ');
        return fields.Length > 19 && fields[0].Length == 1
            && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            && ulong.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                ? new ProcStat(fields[0][0], parent, start)
                : null;
    }

    /// <summary>True once the process with this pid and start time has ended: reaped, a zombie, or its pid reused.</summary>
    public static bool IsGone(int pid, ulong startTime) => Read(pid) is not { } now || now.StartTime != startTime || now.Ended;
}
