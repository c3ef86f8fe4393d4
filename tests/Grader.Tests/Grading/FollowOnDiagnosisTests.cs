using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// A check that cannot judge its point because another part is missing says which part, and does not show its own
/// hint, which would send the student to fix what may be right (Verdict.Blocked).
/// </summary>
public sealed class FollowOnDiagnosisTests
{
    [Fact]
    public async Task Waiting_for_a_thread_that_was_never_created_asks_for_the_thread_not_for_Join()
    {
        var report = await Support.Grading.FileAsync("03-hola-hilo", Envio("03-hola-hilo", "llamada-directa-al-final.csx"));

        var espera = Support.Grading.Test(report, "espera_al_hilo");
        Assert.Contains("HolaHilo no se ejecuta en un hilo nuevo: crea un Thread con HolaHilo y arráncalo con Start()", espera.Message!.Es, StringComparison.Ordinal);
        Assert.Contains("HolaHilo does not run on a new thread", espera.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("Join", espera.Message.Es, StringComparison.Ordinal);
        Assert.Null(espera.Hint);
    }

    internal static string Envio(string exercise, string file) => Path.Combine(RepoPaths.Submissions, exercise, file);
}
