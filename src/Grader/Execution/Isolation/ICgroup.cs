namespace Grader.Execution.Isolation;

/// <summary>A control group made for one run: it caps memory and tasks, counts OOM kills, and kills everything in it.</summary>
internal interface ICgroup : IDisposable
{
    /// <summary>The cgroup.procs files a process writes its pid into to join (one per v1 hierarchy).</summary>
    IReadOnlyList<string> ProcsFiles { get; }

    /// <summary>True when the kernel killed something in the group for exceeding its memory.</summary>
    bool OutOfMemory { get; }

    /// <summary>True when no process is left in the group.</summary>
    bool IsEmpty { get; }

    void KillAll();
}
