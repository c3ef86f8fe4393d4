using System.Text;
using Grader.Compilation;
using Grader.Tests.Support;

namespace Grader.Tests.Compilation;

/// <summary>
/// The student's text is untrusted input to the compiler, which runs in the grader's own process: no file may crash
/// it (a stack overflow cannot be caught) or hold it. Each ends as a compile error with a reason, and the next file
/// compiles.
/// </summary>
public sealed class HostileSourceTests
{
    private static CompileOutcome Compile(string source, ScriptCompiler? compiler = null) =>
        (compiler ?? new ScriptCompiler()).Compile(new CompileRequest(new SourceFile("a.csx", source), null, null, ForbiddenApi.Defaults));

    public static TheoryData<string, string> DeepFiles() => new()
    {
        { "100 000 nested parentheses", "var x = " + new string('(', 100_000) + "1" + new string(')', 100_000) + ";" },
        { "10 000 nested lambdas", "Func<int> f = " + string.Concat(Enumerable.Repeat("() => ", 10_000)) + "1;" },
        { "10 000 nested generic types", "var x = default(" + string.Concat(Enumerable.Repeat("List<", 10_000)) + "int" + new string('>', 10_000) + ");" },
        { "10 000 nested blocks", new string('{', 10_000) + new string('}', 10_000) },
        { "a chain of 5 000 else if", "int F(int x) { if (x == 0) return 0;" + string.Concat(Enumerable.Range(1, 5_000).Select(i => $" else if (x == {i}) return {i};")) + " return -1; }" },
    };

    [Theory]
    [MemberData(nameof(DeepFiles))]
    public void A_file_nested_beyond_any_person_s_code_is_a_compile_error(string what, string source)
    {
        var rejected = Assert.IsType<RejectedSubmission>(Compile(source));

        Assert.Equal(RejectionKind.CompileError, rejected.Kind);
        Assert.True(Assert.Single(rejected.Messages).Id == "GR0010", what);
        Assert.IsType<CompiledSubmission>(Compile("Console.WriteLine(1);"));
    }

    [Fact]
    public void Nesting_a_person_writes_compiles()
    {
        var chain = "int F(int x) { if (x == 0) return 0;" + string.Concat(Enumerable.Range(1, 300).Select(i => $" else if (x == {i}) return {i};")) + " return -1; }";
        var sum = "var s = " + string.Join(" + ", Enumerable.Repeat("\"a\"", 2_000)) + ";";
        var nested = "var x = " + new string('(', 100) + "1" + new string(')', 100) + ";";

        Assert.IsType<CompiledSubmission>(Compile(chain + "\n" + sum + "\n" + nested));
    }

    [Fact]
    public void A_hundred_thousand_errors_are_counted_and_the_first_ones_shown()
    {
        var source = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            source.Append("x;\n");
        }

        var rejected = Assert.IsType<RejectedSubmission>(Compile(source.ToString()));

        Assert.Equal(200_000, rejected.Total);
        Assert.Equal(CompilerMessages.Shown, rejected.Messages.Count);
        Assert.Equal(1, rejected.Messages[0].Line);
    }

    [Fact]
    public void A_compile_past_its_time_limit_is_given_up_with_a_reason()
    {
        // Nested lambdas passed to overloads make the binder try every combination: 3^9 bindings take over 3 s here.
        // Deeper, the binder stops polling cancellation and its thread would burn a core for the rest of the test run
        // (measured: 3^18 still running after 40 s), which is what made the timing tests after it fail.
        var source = HostileSources.StalledOverloads(9);

        var rejected = Assert.IsType<RejectedSubmission>(Compile(source, new ScriptCompiler(TimeSpan.FromSeconds(1))));

        Assert.Equal(RejectionKind.CompileError, rejected.Kind);
        Assert.Equal("GR0011", Assert.Single(rejected.Messages).Id);
        Assert.IsType<CompiledSubmission>(Compile("Console.WriteLine(1);"));
    }
}
