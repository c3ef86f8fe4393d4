namespace Grader.Checks;

/// <summary>
/// A process that the student's code started to run its own script again (the C# counterpart of
/// <c>multiprocessing.Process</c>), as the runner that grades learned it: its id and parent from the kernel, its
/// output from the runner in that process, and when it ended from the kernel (see docs/architecture.md).
/// </summary>
/// <param name="Finished">
/// When the grading runner saw the process gone; a process already gone when the top-level statements ended has
/// that moment (<see cref="ProgramRun.Finished"/>) or earlier, any other one a later moment.
/// </param>
public sealed record ChildRun(int ProcessId, int? ParentProcessId, string Output, DateTimeOffset Started, DateTimeOffset Finished, string? Error)
{
    /// <summary>
    /// Set by the runner before any of the student's code loads, and only there: the student's script is compiled
    /// without this assembly, and the checks cannot see what is internal.
    /// </summary>
    internal static Func<IReadOnlyList<ChildRun>>? Source { get; set; }

    /// <summary>The records of every such process that has ended so far, oldest first.</summary>
    public static IReadOnlyList<ChildRun> ReadAll() =>
        Source?.Invoke() ?? throw new CheckFailedException(Verdict.Fail(
            "Este corrector no puede verificar procesos hijo aquí: solo se comprueban en Linux.",
            "This grader cannot verify child processes here: they are only checked on Linux."));
}
