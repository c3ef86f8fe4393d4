using Grader.Checks;
using Grader.Compilation;

namespace Grader.Exercises;

/// <summary>What a person edits in <c>ejercicio.yaml</c>, validated.</summary>
internal sealed record ExerciseMetadata(
    LocalizedText Title,
    int Order,
    RunLimits Limits,
    TimeSpan? SiteLatency,
    bool MeasuresTime,
    IReadOnlyList<CheckSpec> Checks,
    IReadOnlyList<ForbiddenApi> Rules)
{
    /// <summary>
    /// The hints a student asks for one at a time (<c>pistas:</c>), from the idea to the exact line; empty when the
    /// exercise has none. An init property, not a parameter, so an exercise without hints reads as before.
    /// </summary>
    public IReadOnlyList<LocalizedText> Hints { get; init; } = [];
}

/// <param name="Wall">Wall-clock time for the whole run: the program and every check.</param>
/// <param name="MemoryBytes">The managed heap's hard limit.</param>
/// <param name="OutputBytes">The most the program may print (stdout and stderr together) before it is stopped.</param>
internal sealed record RunLimits(TimeSpan Wall, long MemoryBytes, long OutputBytes)
{
    /// <summary>
    /// A timing exercise measures a speedup from threads and runs alone: its quota is every core and one more, since a
    /// quota of exactly two CPUs throttled two busy threads plus the runtime's own (05 measured 1.24 instead of 1.4+).
    /// </summary>
    public static int TimingCpus => Environment.ProcessorCount + 1;

    /// <summary>CPUs of time the run may use (its cgroup's quota, where there is one): 1, or <see cref="TimingCpus"/>.</summary>
    public int Cpus { get; init; } = 1;
}

/// <param name="Hidden">The student sees the check's name and result, never its expected value.</param>
internal sealed record CheckSpec(string Name, int Points, bool Hidden, LocalizedText Description, LocalizedText? Hint);
