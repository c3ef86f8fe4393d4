using System.Text;
using Grader.Compilation;
using Grader.Compilation.Worker;
using Grader.Execution;
using Grader.Exercises;
using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Ataques;

/// <summary>
/// Attacks on the compiler, part of the corpus but generated, being up to a megabyte each: graded through the real
/// pipeline and its compile workers, each ends as a compile error with its reason, and the next file of the same
/// pipeline is graded right (a crash or a stalled compile used to end or hold the whole batch).
/// </summary>
public sealed class CompilerAttackTests : IDisposable
{
    private static readonly ExerciseCatalog Catalog = new(Path.Combine(RepoPaths.Root, "tests", "Grader.Tests", "Ataques", "ejercicios"));

    private WorkerCompiler? compiler;

    /// <summary>The compile's limit in seconds: a short one for the stalled compile, so it costs the test seconds.</summary>
    public static TheoryData<string, string, int> Attacks() => new()
    {
        { "100 000 paréntesis anidados", "GR0010", 60 },
        { "10 000 lambdas anidadas", "GR0010", 60 },
        { "10 000 tipos genéricos anidados", "GR0010", 60 },
        { "25 000 else if encadenados", "GR0010", 60 },
        { "lambdas anidadas sobre tres sobrecargas (3^18 enlaces)", "GR0011", 5 },
        { "constantes que se doblan hasta 6 GB", "GR0012", 60 },
        { "100 000 errores", "CS", 60 },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Ends_as_a_compile_error_and_the_next_file_is_graded(string attack, string code, int limit)
    {
        compiler = new WorkerCompiler(TimeSpan.FromSeconds(limit));
        var pipeline = new GradingPipeline(compiler, ChildProcessSandbox.Best());
        var exercise = Catalog.Find("00-ataque");
        var source = Source(attack);
        Assert.True(Encoding.UTF8.GetByteCount(source) <= SubmissionFile.MaxBytes, "within the size a submission may have");

        var report = await pipeline.CheckAsync(exercise, new SourceFile("ataque.csx", source), GradingOptions.Default);
        var next = await pipeline.CheckAsync(exercise, SubmissionFile.Read(Path.Combine(Catalog.Root, "00-ataque", "solucion.csx")), GradingOptions.Default);

        Assert.Equal((GradeStatus.Error, FailureReason.CompileError), (report.Status, report.Reason));
        Assert.StartsWith(code, report.CompilerMessages[0].Id, StringComparison.Ordinal);
        Assert.Equal(GradeStatus.Pass, next.Status);
    }

    public void Dispose() => compiler?.Dispose();

    private static string Source(string attack) => attack switch
    {
        "100 000 paréntesis anidados" => "var x = " + new string('(', 100_000) + "1" + new string(')', 100_000) + ";",
        "10 000 lambdas anidadas" => "Func<int> f = " + string.Concat(Enumerable.Repeat("() => ", 10_000)) + "1;",
        "10 000 tipos genéricos anidados" => "var x = default(" + string.Concat(Enumerable.Repeat("List<", 10_000)) + "int" + new string('>', 10_000) + ");",
        "25 000 else if encadenados" => "int F(int x) { if (x == 0) return 0;" + string.Concat(Enumerable.Range(1, 25_000).Select(i => $" else if (x == {i}) return {i};")) + " return -1; }",
        "lambdas anidadas sobre tres sobrecargas (3^18 enlaces)" => HostileSources.StalledOverloads(18),
        "constantes que se doblan hasta 6 GB" => HostileSources.FoldedConstants(),
        "100 000 errores" => string.Concat(Enumerable.Repeat("x;\n", 100_000)),
        _ => throw new ArgumentOutOfRangeException(nameof(attack)),
    };
}
