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

/// <summary>The same for exercises whose checks time things, graded alone.</summary>
[Collection(TimingCollection.Name)]
public sealed class TimedFollowOnDiagnosisTests
{
    [Fact]
    public async Task Thread_lines_missing_from_the_program_blame_the_threads_not_the_format()
    {
        var report = await Support.Grading.FileAsync("05-fibonacci-hilos", FollowOnDiagnosisTests.Envio("05-fibonacci-hilos", "hilos-sin-esperar.csx"));

        var salida = Support.Grading.Test(report, "salida_programa");
        Assert.Contains("FibsConHilos(40) vuelve antes de que sus hilos terminen", salida.Message!.Es, StringComparison.Ordinal);
        Assert.Contains("FibsConHilos(40) returns before its threads end", salida.Message.En, StringComparison.Ordinal);
        Assert.Null(salida.Hint);
    }

    [Fact]
    public async Task Program_lines_printed_by_a_wrong_ImprimirFib_fail_the_exact_shape_not_only_imprime_fib()
    {
        var report = await Support.Grading.FileAsync("05-fibonacci-hilos", FollowOnDiagnosisTests.Envio("05-fibonacci-hilos", "imprime-en-ingles.csx"));

        var salida = Support.Grading.Test(report, "salida_programa");
        Assert.Equal(Grader.Grading.TestStatus.Fail, salida.Status);
        Assert.Contains("«fib(40) is 63245986» no tiene la forma exacta «fib(40) es 63245986»", salida.Message!.Es, StringComparison.Ordinal);
        Assert.Contains("'fib(40) is 63245986' does not have the exact shape", salida.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fib_line_of_another_shape_fails_the_program_output_naming_the_line()
    {
        var report = await Support.Grading.FileAsync("05-fibonacci-hilos", FollowOnDiagnosisTests.Envio("05-fibonacci-hilos", "serie-con-igual.csx"));

        var salida = Support.Grading.Test(report, "salida_programa");
        Assert.Equal(Grader.Grading.TestStatus.Fail, salida.Status);
        Assert.Contains("«fib(40) = 63245986» no tiene la forma exacta «fib(40) es 63245986»", salida.Message!.Es, StringComparison.Ordinal);
        Assert.Equal(Grader.Grading.TestStatus.Pass, Support.Grading.Test(report, "imprime_fib").Status);
    }

    [Fact]
    public async Task An_unfinished_loop_is_named_unfinished_in_each_language_not_a_failed_task()
    {
        var report = await Support.Grading.FileAsync("09-bucle-eventos", FollowOnDiagnosisTests.Envio("09-bucle-eventos", "ejecutar-sin-completar.csx"));

        var errores = Support.Grading.Test(report, "errores_no_paran");
        Assert.StartsWith("La función Ejecutar está sin completar", errores.Message!.Es, StringComparison.Ordinal);
        Assert.StartsWith("The function Ejecutar is unfinished", errores.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("tarea E", errores.Message.Es, StringComparison.Ordinal);
        Assert.DoesNotContain("not implemented", errores.Message.Es, StringComparison.OrdinalIgnoreCase);
    }
}
