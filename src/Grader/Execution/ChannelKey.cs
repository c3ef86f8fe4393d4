using System.Security.Cryptography;

namespace Grader.Execution;

/// <summary>
/// A secret per run, handed to the runner as the first line of its stdin before any student code loads, with which
/// it seals every record it writes (<see cref="Grader.Protocol.RecordSeal"/>); the key itself never goes down the pipe. Stdin is consumed, reflection and dynamic code are refused, and the
/// runner makes itself non-dumpable so its memory is not readable through /proc by the run's unprivileged uid; a
/// record the student's code writes into the channel is then recognised as forged. (As root, in the plain
/// fallback, /proc/self/mem stays readable: only full isolation closes that door.)
/// </summary>
internal static class ChannelKey
{
    public static string Create() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
