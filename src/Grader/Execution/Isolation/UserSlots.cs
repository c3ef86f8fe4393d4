using System.Globalization;

namespace Grader.Execution.Isolation;

/// <summary>
/// Unprivileged user ids, one per run at a time: RLIMIT_NPROC counts a uid's tasks machine-wide and is ignored for
/// root, so each run gets a uid of its own and a fork bomb in one cannot starve another; the run's folder is private
/// to that uid. A slot is also locked in /run (flock, held until this grader ends and then released by the kernel),
/// so two graders on one machine never share a uid. A uid is handed out only with no process of it alive and nothing
/// of it left in the host's temporary folders, and is taken back only once that is true again.
/// </summary>
internal static class UserSlots
{
    public const int ProbeUid = 60999;
    private const int FirstUid = 61000;
    private const int Count = 64;
    private const string LockFolder = "/run/grader-slots";
    private static readonly bool[] Taken = new bool[Count];

    // A slot's lock, once this grader holds it, is kept until the grader ends (a second flock of the same file from this
    // process would conflict with the first). Slots handed back clean since: no one else can have used them in between.
    private static readonly IDisposable?[] Locks = new IDisposable?[Count];
    private static readonly bool[] LeftClean = new bool[Count];

    public static Lease Acquire()
    {
        for (var i = 0; i < Count; i++)
        {
            lock (Taken)
            {
                if (Taken[i])
                {
                    continue;
                }

                Taken[i] = true;
            }

            Locks[i] ??= LockAcrossGraders(FirstUid + i);
            if (Locks[i] is null)
            {
                lock (Taken)
                {
                    Taken[i] = false;
                }

                continue;
            }

            var lease = new Lease(FirstUid + i);
            var clean = LeftClean[i];
            LeftClean[i] = false;
            if (!clean && !lease.Clean())
            {
                // A process of this uid outlived its grader and cannot be killed: this slot stays taken.
                continue;
            }

            return lease;
        }

        throw new InvalidOperationException($"More than {Count} runs at once.");
    }

    /// <summary>setpriv's arguments to become <paramref name="uid"/> with no capabilities and no way back.</summary>
    public static IReadOnlyList<string> DropArguments(int uid)
    {
        var id = uid.ToString(CultureInfo.InvariantCulture);
        return [$"--reuid={id}", $"--regid={id}", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs"];
    }

    /// <summary>The slot's lock file held open with FileShare.None (flock on Linux); a stand-in when /run cannot hold it.</summary>
    private static IDisposable? LockAcrossGraders(int uid)
    {
        try
        {
            Directory.CreateDirectory(LockFolder);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(LockFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            return new FileStream(Path.Combine(LockFolder, $"uid-{uid}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (UnauthorizedAccessException)
        {
            return new NoLock();
        }
        catch (IOException) when (!Directory.Exists(LockFolder))
        {
            return new NoLock();
        }
        catch (IOException)
        {
            // Another grader holds it.
            return null;
        }
    }

    public sealed class Lease(int uid) : IDisposable
    {
        public int Uid { get; } = uid;

        /// <summary>Kills what is left of the uid's processes, then removes its files from /tmp, /var/tmp and /dev/shm.</summary>
        public bool Clean()
        {
            if (!UidProcesses.KillAll(Uid))
            {
                return false;
            }

            HostTempLeftovers.Remove(Uid);
            return true;
        }

        /// <summary>Hands the uid back, clean; a uid that cannot be cleaned is never handed out again by this grader.</summary>
        public void Dispose()
        {
            if (!Clean())
            {
                return;
            }

            lock (Taken)
            {
                LeftClean[Uid - FirstUid] = true;
                Taken[Uid - FirstUid] = false;
            }
        }
    }

    private sealed class NoLock : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
