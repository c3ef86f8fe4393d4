using System.Security.Cryptography;

namespace Grader.Execution;

/// <summary>
/// A secret per run, handed to the runner as the first line of its stdin before any student code loads, and
/// put at the start of every record it writes. The student's code cannot read it (stdin is consumed and
/// reflection is refused), so a record it writes into the channel, by whatever path, is recognised as forged.
/// </summary>
internal static class ChannelKey
{
    public static string Create() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
