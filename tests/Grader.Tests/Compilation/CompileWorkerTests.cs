using Grader.Checks.Code;
using Grader.Compilation;
using Grader.Compilation.Worker;
using Grader.Exercises;
using Grader.Tests.Support;

namespace Grader.Tests.Compilation;

/// <summary>
/// The compiler runs on a student's text in worker processes: a compile that outlives its limit dies with its
/// worker instead of burning a core of the grader for the rest of a batch, and one that exhausts the compiler's
/// memory ends a worker, never the grader.
/// </summary>
public sealed class CompileWorkerTests
{
    private static CompileOutcome Compile(WorkerCompiler compiler, string source) =>
        compiler.Compile(new CompileRequest(new SourceFile("a.csx", source), null, null, ForbiddenApi.Defaults));

    [Fact]
    public void A_compile_that_never_ends_is_stopped_with_its_worker()
    {
        // 3^18 bindings of nested lambdas over three overloads: in the grader's process the binder stopped polling
        // cancellation and its thread was still running 40 s after the compile was given up on.
        var source = HostileSources.StalledOverloads(18);
        using var compiler = new WorkerCompiler(TimeSpan.FromSeconds(2));

        var rejected = Assert.IsType<RejectedSubmission>(Compile(compiler, source));

        Assert.Equal("GR0011", Assert.Single(rejected.Messages).Id);
        Assert.All(compiler.Started, pid => Assert.False(Alive(pid), $"worker {pid} still alive"));
    }

    [Fact]
    public void A_file_that_exhausts_the_compiler_s_memory_is_a_compile_error_and_the_next_file_compiles()
    {
        // Twice a worker's heap limit.
        var source = HostileSources.FoldedConstants();
        // Alone it takes 8 s to run out of memory; the limit is not what this test is about.
        using var compiler = new WorkerCompiler(TimeSpan.FromMinutes(2));

        var rejected = Assert.IsType<RejectedSubmission>(Compile(compiler, source));

        Assert.Equal((RejectionKind.CompileError, "GR0012"), (rejected.Kind, Assert.Single(rejected.Messages).Id));
        Assert.IsType<CompiledSubmission>(Compile(compiler, "Console.WriteLine(1);"));
    }

    [Fact]
    public void A_worker_compiles_what_the_grader_s_own_process_compiles()
    {
        var sources = ExerciseSources.Read(Support.Grading.Catalog.Find("04-multiproceso"));
        var request = new CompileRequest(new SourceFile("mi-solucion.csx", sources.Solution!.Text), sources.Checks, sources.Solution, sources.Exercise.Metadata.Rules);
        using var compiler = new WorkerCompiler(ScriptCompiler.DefaultLimit);

        var inProcess = Assert.IsType<CompiledSubmission>(new ScriptCompiler().Compile(request));
        var inWorker = Assert.IsType<CompiledSubmission>(compiler.Compile(request));

        Assert.Equal(inProcess.CheckNames, inWorker.CheckNames);
        Assert.Equal(inProcess.Unfinished, inWorker.Unfinished);
        Assert.Equal(CodeFactsJson.Serialize(inProcess.Facts), CodeFactsJson.Serialize(inWorker.Facts));
        Assert.NotNull(inWorker.Checks);
    }

    [Fact]
    public void The_exercise_s_rules_reach_the_worker()
    {
        // 04 allows processes; an exercise that forbids a member by name refuses it in the worker as at home.
        var allowing = ForbiddenApis.For(["procesos"], ["System.Threading.Thread.Sleep"]);
        using var compiler = new WorkerCompiler(ScriptCompiler.DefaultLimit);
        var student = new SourceFile("a.csx", "System.Diagnostics.Process.Start(\"true\");\nThread.Sleep(1);\n");

        var rejected = Assert.IsType<RejectedSubmission>(compiler.Compile(new CompileRequest(student, null, null, allowing)));

        Assert.Equal(["GR0110"], rejected.Messages.Select(m => m.Id).ToArray());
    }

    [Fact]
    public void Workers_end_with_their_compiler()
    {
        var compiler = new WorkerCompiler(ScriptCompiler.DefaultLimit);
        Assert.IsType<CompiledSubmission>(Compile(compiler, "Console.WriteLine(1);"));
        var pid = Assert.Single(compiler.Started);
        Assert.True(Alive(pid), "the idle worker is kept for the next file");

        compiler.Dispose();

        Assert.False(Alive(pid), $"worker {pid} still alive");
    }

    /// <summary>Alive and not a zombie: a killed worker is reaped by the compiler, not left for the test host.</summary>
    private static bool Alive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
