using Grader.Compilation;

namespace Grader.Tests.Compilation;

/// <summary>The static gate refuses, before anything runs, what a student never needs and an attacker does.</summary>
public sealed class StaticGateTests
{
    private static CompileOutcome Compile(string source, IReadOnlyList<ForbiddenApi>? rules = null) =>
        new ScriptCompiler().Compile(new CompileRequest(new SourceFile("a.csx", source), null, null, rules ?? ForbiddenApi.Defaults));

    [Theory]
    [InlineData("var m = typeof(string).GetMethods();", "GR0101")]
    [InlineData("var a = System.Reflection.Assembly.GetExecutingAssembly();", "GR0101")]
    [InlineData("var o = Activator.CreateInstance(typeof(object));", "GR0101")]
    [InlineData("var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(10);", "GR0102")]
    [InlineData("var h = new Microsoft.Win32.SafeHandles.SafeFileHandle((IntPtr)3, false);", "GR0102")]
    [InlineData("Environment.Exit(0);", "GR0103")]
    [InlineData("Environment.FailFast(\"x\");", "GR0103")]
    [InlineData("var c = System.Runtime.Loader.AssemblyLoadContext.Default;", "GR0104")]
    [InlineData("AppDomain.CurrentDomain.UnhandledException += (s, e) => { };", "GR0104")]
    [InlineData("Console.SetOut(new StringWriter());", "GR0105")]
    [InlineData("var a = System.Buffers.ArrayPool<char>.Shared.Rent(1 << 15);", "GR0116")]
    [InlineData("var m = System.Buffers.MemoryPool<byte>.Shared.Rent(64);", "GR0116")]
    [InlineData("var b = GC.AllocateUninitializedArray<byte>(1 << 20);", "GR0116")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\");", "GR0106")]
    [InlineData("var s = new System.IO.Pipes.AnonymousPipeClientStream(\"3\");", "GR0107")]
    [InlineData("unsafe void F() { }", "GR0100")]
    [InlineData("dynamic d = 1; Console.WriteLine(d);", "GR0109")]
    [InlineData("var e = System.Linq.Expressions.Expression.Constant(1);", "GR0101")]
    [InlineData("var t = Type.GetType(\"Grader.Runner.ResultChannel, Grader.Runner\");", "GR0101")]
    [InlineData("Action a = () => { }; var m = a.Method;", "GR0101")]
    [InlineData("System.Diagnostics.Process.GetCurrentProcess().Kill();", "GR0108")]
    [InlineData("[System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.StaticMethod, Name = \"Exit\")] static extern void Salir(object? o, int code);", "GR0114")]
    [InlineData("[System.Runtime.CompilerServices.ModuleInitializer] static void Antes() { }", "GR0113")]
    [InlineData("[System.Runtime.CompilerServices.InlineArray(4)] struct Cuatro { int x; }", "GR0113")]
    [InlineData("var h = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(object));", "GR0113")]
    [InlineData("int i = 1; var r = __makeref(i);", "GR0114")]
    [InlineData("var s = new FileStream((IntPtr)3, FileAccess.Write, false);", "GR0102")]
    [InlineData("var s = new System.Net.Sockets.SafeSocketHandle((IntPtr)3, false);", "GR0102")]
    [InlineData("var x = System.Security.Cryptography.RandomNumberGenerator.GetInt32(3);", "GR0113")]
    [InlineData("var q = new[] { 1 }.AsQueryable().Where(x => x > 0);", "GR0101")]
    [InlineData("var s = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp); using (s.SafeHandle) { }", "GR0102")]
    [InlineData("System.Diagnostics.DiagnosticListener.AllListeners.Subscribe(new Observador()); class Observador : IObserver<System.Diagnostics.DiagnosticListener> { public void OnNext(System.Diagnostics.DiagnosticListener l) { } public void OnError(Exception e) { } public void OnCompleted() { } }", "GR0115")]
    [InlineData("System.Diagnostics.ActivitySource.AddActivityListener(new() { ShouldListenTo = _ => true });", "GR0115")]
    [InlineData("var actual = System.Diagnostics.Activity.Current;", "GR0115")]
    [InlineData("var escucha = new System.Diagnostics.Metrics.MeterListener();", "GR0115")]
    [InlineData("AppDomain.CurrentDomain.FirstChanceException += (s, e) => { };", "GR0104")]
    [InlineData("System.Runtime.Loader.AssemblyLoadContext.Default.Resolving += (c, n) => null;", "GR0104")]
    public void Refuses_with_the_rule_and_the_line(string line, string code)
    {
        var outcome = Compile("Console.WriteLine(1);\n" + line + "\n");

        var rejected = Assert.IsType<RejectedSubmission>(outcome);
        Assert.Equal(RejectionKind.Forbidden, rejected.Kind);
        var message = Assert.Single(rejected.Messages, m => m.Id == code);
        Assert.Equal(2, message.Line);
        Assert.StartsWith("No permitido: ", message.MessageEs, StringComparison.Ordinal);
        Assert.StartsWith("Not allowed: ", message.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Console.WriteLine(Environment.ProcessId + System.Diagnostics.Process.GetCurrentProcess().Threads.Count);")]
    [InlineData("var t = new Thread(() => { }); t.Start(); t.Join(); Console.WriteLine(t.GetType().Name);")]
    [InlineData("var w = System.Diagnostics.Stopwatch.StartNew(); await Task.Delay(1); Console.WriteLine(w.Elapsed > TimeSpan.Zero);")]
    [InlineData("await foreach (var i in Numeros()) Console.WriteLine(i); async IAsyncEnumerable<int> Numeros() { await Task.Yield(); yield return 1; }")]
    [InlineData("var (a, b) = (1, \"x\"); var d = new Dictionary<string, int> { [b] = a }; foreach (var (k, v) in d) Console.WriteLine($\"{k}{v}\");")]
    [InlineData("var l = from x in new List<int> { 3, 1 } orderby x select x * 2; Console.WriteLine(string.Join(',', l)); await Task.Run(() => 1).ConfigureAwait(false);")]
    [InlineData("using System.Text.RegularExpressions; using System.Net.Sockets; var r = new Regex(\"a\"); var c = new System.Collections.Concurrent.ConcurrentQueue<TcpClient>(); Console.WriteLine(r.IsMatch(\"a\") + nameof(c));")]
    [InlineData("{ using var p = System.Diagnostics.Process.GetCurrentProcess(); p.Dispose(); using var t = new System.Timers.Timer(10); t.Dispose(); }")]
    [InlineData("var o = new object(); lock (o) { } var l = new Lock(); lock (l) { } await using (var m = new MemoryStream()) { } if (new KeyValuePair<int, int>(1, 2) is (1, var v) && Tuple.Create(1, 2) is (_, 2)) Console.WriteLine(v);")]
    public void Lets_through_what_the_exercises_need(string source)
    {
        Assert.IsType<CompiledSubmission>(Compile(source));
    }

    /// <summary>
    /// No Deconstruct, Dispose or lock method of .NET lies on a type the default rules refuse while its caller's type is
    /// allowed (SafeHandle's Dispose, above, is the one such Dispose), so an exercise's own rule, which names members,
    /// is where these calls the code never names matter: a lock is Monitor.Enter.
    /// </summary>
    [Theory]
    [InlineData("System.Threading.Monitor", "var o = new object(); lock (o) { }")]
    [InlineData("System.Threading.Lock.EnterScope", "var o = new Lock(); lock (o) { }")]
    [InlineData("System.Collections.Generic.KeyValuePair<TKey, TValue>.Deconstruct", "var par = new KeyValuePair<int, int>(1, 2); var (k, v) = par;")]
    [InlineData("System.Collections.Generic.KeyValuePair<TKey, TValue>.Deconstruct", "var par = new KeyValuePair<int, int>(1, 2); if (par is (1, var v)) { }")]
    [InlineData("System.Collections.Generic.KeyValuePair<TKey, TValue>.Deconstruct", "var d = new Dictionary<int, int>(); foreach (var (k, v) in d) { }")]
    [InlineData("System.Collections.Generic.KeyValuePair<TKey, TValue>.Deconstruct", "var ((k, v), n) = (new KeyValuePair<int, int>(1, 2), 3);")]
    public void An_exercise_rule_sees_what_lock_and_deconstruction_call(string forbidden, string line)
    {
        var rejected = Assert.IsType<RejectedSubmission>(Compile("Console.WriteLine(1);\n" + line + "\n", ForbiddenApis.For([], [forbidden])));

        var message = Assert.Single(rejected.Messages);
        Assert.Equal(("GR0110", 2), (message.Id, message.Line));
    }

    [Fact]
    public void A_student_name_that_would_hide_a_type_the_checks_use_is_refused()
    {
        var outcome = new ScriptCompiler().Compile(new CompileRequest(
            new SourceFile("a.csx", "Console.WriteLine(1);\nstatic class Timing { }\n"),
            new SourceFile("comprobaciones.csx", "[Check(\"x\")] Verdict X(CheckContext ctx) => Verdict.Pass();"),
            null,
            ForbiddenApi.Defaults));

        var rejected = Assert.IsType<RejectedSubmission>(outcome);
        var message = Assert.Single(rejected.Messages);
        Assert.Equal(("GR0111", 2), (message.Id, message.Line));
        Assert.Contains("Timing", message.MessageEs, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exercise_can_allow_a_rule_and_forbid_a_member_of_its_own()
    {
        var rules = ForbiddenApis.For(["procesos"], ["System.Threading.Thread.Sleep"]);

        Assert.IsType<CompiledSubmission>(Compile("System.Diagnostics.Process.Start(\"true\");", rules));
        var rejected = Assert.IsType<RejectedSubmission>(Compile("Thread.Sleep(1);", rules));
        Assert.Equal("GR0110", Assert.Single(rejected.Messages).Id);
    }
}
