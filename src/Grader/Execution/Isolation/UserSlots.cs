using System.Globalization;

namespace Grader.Execution.Isolation;

/// <summary>
/// Unprivileged user ids, one per run at a time within this grader process: RLIMIT_NPROC counts a uid's tasks
/// machine-wide and is ignored for root, so each run gets a uid of its own and a fork bomb in one cannot starve
/// another. Two grader processes on one machine share the range (not coordinated yet).
/// </summary>
internal static class UserSlots
{
    public const int ProbeUid = 60999;
    private const int FirstUid = 61000;
    private const int Count = 64;
    private static readonly bool[] Taken = new bool[Count];

    public static Lease Acquire()
    {
        lock (Taken)
        {
            for (var i = 0; i < Count; i++)
            {
                if (!Taken[i])
                {
                    Taken[i] = true;
                    return new Lease(FirstUid + i);
                }
            }
        }

        throw new InvalidOperationException($"More than {Count} runs at once.");
    }

    /// <summary>setpriv's arguments to become <paramref name="uid"/> with no capabilities and no way back.</summary>
    public static IReadOnlyList<string> DropArguments(int uid)
    {
        var id = uid.ToString(CultureInfo.InvariantCulture);
        return [$"--reuid={id}", $"--regid={id}", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs"];
    }

    public sealed class Lease(int uid) : IDisposable
    {
        public int Uid { get; } = uid;

        public void Dispose()
        {
            lock (Taken)
            {
                Taken[Uid - FirstUid] = false;
            }
        }
    }
}
