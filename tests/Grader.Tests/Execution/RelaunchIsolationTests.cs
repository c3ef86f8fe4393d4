using Grader.Compilation;
using Grader.Execution;
using Grader.Execution.Isolation;
using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Execution;

/// <summary>
/// Exercise 04's relaunches are verified by the kernel under every isolation, each with its own view of pids and
/// /proc: the solution's child is believed, and records forged by the student's code are not (the wrong submissions
/// under Envios/04-multiproceso are graded with the best isolation; these are the others).
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class RelaunchIsolationTests
{
    private const string Exercise = "04-multiproceso";
    private static readonly string[] AllChecks = ["dos_procesos", "hijo_es_otro_proceso", "padre_espera"];

    [Fact]
    public Task A_plain_child_process_believes_a_real_relaunch_and_no_forged_record() =>
        AssertVerifiedAsync(new PlainIsolation());

    [FallbackFact]
    public Task Without_bubblewrap_in_a_pid_namespace_of_its_own_too() =>
        AssertVerifiedAsync(LayeredIsolation.Create(HostTools.Current with { BwrapWorks = false })!);

    [FallbackFact]
    public Task Under_a_uid_of_its_own_with_the_hosts_pids_too() =>
        AssertVerifiedAsync(new LayeredIsolation(HostTools.Current, new IsolationLayers("none", "none", Rlimits: true, Seccomp: false, UnprivilegedUser: true, ReadOnlyView: false)));

    private static async Task AssertVerifiedAsync(IIsolation isolation)
    {
        var solution = await Grade(isolation, RepoPaths.Exercise(Exercise, "solucion.csx"));
        var forged = await Grade(isolation, Path.Combine(RepoPaths.Submissions, Exercise, "hijos-falsificados.csx"));

        Assert.True(solution.Status == GradeStatus.Pass, Support.Grading.Describe(solution));
        Assert.True(AllChecks.SequenceEqual(Support.Grading.Failing(forged).Order(StringComparer.Ordinal)), Support.Grading.Describe(forged));
    }

    private static Task<GradeReport> Grade(IIsolation isolation, string path) =>
        new GradingPipeline(new ScriptCompiler(), new ChildProcessSandbox(isolation))
            .CheckAsync(Support.Grading.Catalog.Find(Exercise), SubmissionFile.Read(path), GradingOptions.Default);
}
