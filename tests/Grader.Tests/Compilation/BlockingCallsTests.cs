using Grader.Checks;
using Grader.Checks.Code;
using Grader.Compilation;

namespace Grader.Tests.Compilation;

/// <summary>The rule "an async method does not block", read by the host's compiler from the student's code.</summary>
public sealed class BlockingCallsTests
{
    private static CodeFacts Facts(string source)
    {
        var outcome = new ScriptCompiler().Compile(CompileRequest.StudentOnly(new SourceFile("a.csx", source)));
        return Assert.IsType<CompiledSubmission>(outcome).Facts;
    }

    [Theory]
    [InlineData("var t = Task.FromResult(1); return t.Result;", ".Result")]
    [InlineData("var t = Task.Delay(1); t.Wait(); return 1;", ".Wait()")]
    [InlineData("return Task.FromResult(1).GetAwaiter().GetResult();", "GetAwaiter().GetResult()")]
    [InlineData("Thread.Sleep(10); return 1;", "Thread.Sleep")]
    [InlineData("new Thread(() => { }).Start(); return 1;", "new Thread")]
    [InlineData("Task.WaitAll(Task.Delay(1)); return 1;", "Task.WaitAll")]
    [InlineData("return Task.FromResult(1).ConfigureAwait(false).GetAwaiter().GetResult();", "GetAwaiter().GetResult()")]
    [InlineData("var t = new[] { Task.FromResult(1) }; await Task.WhenAny(t); return t.Select(x => x.Result).Sum();", ".Result")]
    [InlineData("using var c = new HttpClient(); return (int)c.Send(new HttpRequestMessage()).StatusCode;", "HttpClient.Send")]
    [InlineData("var t = Task.Delay(1); ((IAsyncResult)t).AsyncWaitHandle.WaitOne(); return 1;", "WaitHandle.WaitOne")]
    [InlineData("using var e = new ManualResetEvent(false); e.WaitOne(10); return 1;", "WaitHandle.WaitOne")]
    [InlineData("WaitHandle.WaitAll(new WaitHandle[] { new ManualResetEvent(true) }); return 1;", "WaitHandle.WaitAll")]
    [InlineData("var t = Task.Delay(1); SpinWait.SpinUntil(() => t.IsCompleted); return 1;", "SpinUntil")]
    [InlineData("var s = new SpinWait(); s.SpinOnce(); return 1;", "SpinOnce")]
    [InlineData("using var e = new ManualResetEventSlim(true); e.Wait(); return 1;", "ManualResetEventSlim.Wait")]
    [InlineData("using var s = new SemaphoreSlim(1); s.Wait(); return 1;", "SemaphoreSlim.Wait")]
    [InlineData("var o = new object(); lock (o) { Monitor.Wait(o, 1); } return 1;", "Monitor.Wait")]
    [InlineData("using var c = new CountdownEvent(0); c.Wait(); return 1;", "CountdownEvent.Wait")]
    [InlineData("using var b = new Barrier(1); b.SignalAndWait(); return 1;", "Barrier.SignalAndWait")]
    [InlineData("Thread.CurrentThread.Join(1); return 1;", "Thread.Join")]
    [InlineData("Parallel.For(0, 2, _ => { }); return 1;", "Parallel.For")]
    [InlineData("Parallel.ForEach(new[] { 1 }, _ => { }); return 1;", "Parallel.ForEach")]
    [InlineData("Parallel.Invoke(() => { }); return 1;", "Parallel.Invoke")]
    [InlineData("var t = new Task<int>(() => 1); t.RunSynchronously(); await t; return 1;", "RunSynchronously")]
    public void Reports_each_way_of_blocking_with_its_line(string body, string named)
    {
        var facts = Facts($"async Task<int> Leer()\n{{\n    await Task.Yield();\n    {body}\n}}\n");

        var verdict = CodeRules.DoesNotBlock(facts, "Leer");

        Assert.Equal(VerdictStatus.Fail, verdict.Status);
        Assert.Contains("Línea 4, en Leer", verdict.Message!.Es, StringComparison.Ordinal);
        Assert.Contains(named, verdict.Message.Es, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var t = Task.FromResult(1); await t; return t.Result;")]
    [InlineData("var tareas = new[] { Task.FromResult(1) }; await Task.WhenAll(tareas); return tareas.Select(t => t.Result).Sum();")]
    [InlineData("var t = Task.FromResult(1); await Task.WhenAll(t); return t.GetAwaiter().GetResult();")]
    [InlineData("return await Task.Run(() => 1);")]
    [InlineData("var tareas = new[] { Task.FromResult(1) }; await Task.WhenAll(tareas); var r = 0; foreach (var t in tareas) { r += t.Result; } return r;")]
    [InlineData("var tareas = new[] { Task.FromResult(1) }; await Task.WhenAll(tareas); return tareas[0].Result;")]
    [InlineData("return await Task.Run(() => { Thread.Sleep(1); return 1; });")]
    [InlineData("using var s = new SemaphoreSlim(1); await s.WaitAsync(); s.Release(); return 1;")]
    [InlineData("await Parallel.ForEachAsync(new[] { 1 }, (_, _) => ValueTask.CompletedTask); return 1;")]
    [InlineData("using var e = new ManualResetEventSlim(true); return await Task.Run(() => { e.Wait(); return 1; });")]
    public void Accepts_awaiting_and_Result_on_a_task_already_awaited(string body)
    {
        var facts = Facts($"async Task<int> Leer()\n{{\n    {body}\n}}\n");

        Assert.True(CodeRules.DoesNotBlock(facts, "Leer").Passed);
    }

    [Fact]
    public void A_missing_or_unfinished_function_does_not_pass_for_non_blocking()
    {
        var facts = Facts("async Task<int> Leer() { throw new NotImplementedException(); }\n");

        Assert.Contains("sin completar", CodeRules.DoesNotBlock(facts, "Leer").Message!.Es, StringComparison.Ordinal);
        Assert.Contains("No encuentro la función Otra", CodeRules.DoesNotBlock(facts, "Otra").Message!.Es, StringComparison.Ordinal);
    }

    [Fact]
    public void Reaches_follows_lambdas_helpers_and_method_groups_but_not_a_function_never_named()
    {
        var facts = Facts("""
            class Contador { public void Incrementar() { } }
            long EnLambda(Contador c) { new Thread(() => c.Incrementar()).Start(); return 1; }
            long ConAyudante(Contador c) { Ayudar(c); return 1; }
            void Ayudar(Contador c) => c.Incrementar();
            long ConGrupo(Contador c) { void Trabajar() => c.Incrementar(); new Thread(Trabajar).Start(); return 1; }
            long Multiplica(int a, int b) { new Thread(() => Thread.Sleep(1)).Start(); return (long)a * b; }
            long Recursiva(int n) { Func<int, long> f = Recursiva; return n; }
            """);

        Assert.True(facts.Reaches("EnLambda", "Incrementar"));
        Assert.True(facts.Reaches("ConAyudante", "Incrementar"));
        Assert.True(facts.Reaches("ConGrupo", "Incrementar"));
        Assert.False(facts.Reaches("Multiplica", "Incrementar"));
        // Naming itself is not calling itself.
        Assert.False(facts.Function("Recursiva")!.CallsOwn("Recursiva"));
    }

    [Fact]
    public void Calls_itself_is_read_from_the_code_and_an_unfinished_function_is_named_as_such()
    {
        var facts = Facts("long Fib(int n) => n < 3 ? n - 1 : Fib(n - 1) + Fib(n - 2);\nlong Otra(int n) { throw new NotImplementedException(); }\nlong Ayuda(int n) => Fib(n);\n");

        Assert.True(CodeRules.CallsItself(facts, "Fib").Passed);
        Assert.Contains("no se llama a sí misma", CodeRules.CallsItself(facts, "Ayuda").Message!.Es, StringComparison.Ordinal);
        Assert.Contains("sin completar", CodeRules.CallsItself(facts, "Otra").Message!.Es, StringComparison.Ordinal);
    }
}
