using Grader.Compilation;

namespace Grader.Tests.Compilation;

/// <summary>
/// The checks follow the student's script, where the student's names win over the checks' imports: wherever the
/// checks reach the student's code and the reference's code is not reached there, the student is refused.
/// </summary>
public sealed class ChecksBindingTests
{
    private const string Checks = """
        using System.Text.RegularExpressions;
        static readonly Regex Numero = new(@"\d+");

        [Check("saluda")]
        Verdict Saluda(CheckContext ctx)
        {
            string salida = Saludo();
            return Numero.IsMatch(salida) && salida.Split(' ').Any(p => p == "hola") ? Verdict.Pass() : Verdict.Fail("no", "no");
        }
        """;

    private const string Reference = "string Saludo() => \"hola 1\";\n";

    private const string TupleReference = "Tuple<int, int> Par() => Tuple.Create(1, 2);\n";

    private static CompileOutcome Compile(string student) =>
        new ScriptCompiler().Compile(new CompileRequest(
            new SourceFile("a.csx", student), new SourceFile("comprobaciones.csx", Checks), new SourceFile("solucion.csx", Reference), ForbiddenApi.Defaults));

    [Theory]
    [InlineData("string Saludo() => \"adiós\";\nclass Regex { public Regex(string p) { } public bool IsMatch(string s) => true; }", 2, "Regex")]
    [InlineData("string Saludo() => \"adiós 1\";\nstatic bool Any<T>(this IEnumerable<T> s, Func<T, bool> f) => true;", 2, "Any")]
    [InlineData("Texto Saludo() => new();\nclass Texto { public static implicit operator string(Texto t) => \"hola 1\"; }", 2, "Texto")]
    public void A_student_declaration_that_takes_the_place_of_the_checks_tools_is_refused(string student, int line, string name)
    {
        var rejected = Assert.IsType<RejectedSubmission>(Compile(student));

        Assert.Equal(RejectionKind.Forbidden, rejected.Kind);
        var message = Assert.Single(rejected.Messages);
        Assert.Equal(("GR0112", line), (message.Id, message.Line));
        Assert.Contains(name, message.MessageEs, StringComparison.Ordinal);
    }

    /// <summary>
    /// The checks take a .NET pair apart (System.Tuple's Deconstruct is an extension method of .NET's): a student's own
    /// extension Deconstruct wins in the continuation and would hand the checks whatever values it likes.
    /// </summary>
    [Theory]
    [InlineData("var (a, b) = Par(); return a == 1 && b == 2 ? Verdict.Pass() : Verdict.Fail(\"no\", \"no\");")]
    [InlineData("return Par() is (1, 2) ? Verdict.Pass() : Verdict.Fail(\"no\", \"no\");")]
    [InlineData("foreach (var (a, b) in new[] { Par() }) { return a == 1 && b == 2 ? Verdict.Pass() : Verdict.Fail(\"no\", \"no\"); } return Verdict.Fail(\"no\", \"no\");")]
    public void A_student_deconstruct_that_takes_apart_what_the_checks_take_apart_is_refused(string body)
    {
        var checks = "[Check(\"par\")]\nVerdict ParCheck(CheckContext ctx)\n{\n    " + body + "\n}\n";
        var student = "Tuple<int, int> Par() => Tuple.Create(0, 0);\nstatic void Deconstruct(this Tuple<int, int> t, out int a, out int b) { a = 1; b = 2; }";

        var honest = new ScriptCompiler().Compile(new CompileRequest(
            new SourceFile("a.csx", "Tuple<int, int> Par() => Tuple.Create(0, 0);"), new SourceFile("comprobaciones.csx", checks), new SourceFile("solucion.csx", TupleReference), ForbiddenApi.Defaults));
        var rejected = Assert.IsType<RejectedSubmission>(new ScriptCompiler().Compile(new CompileRequest(
            new SourceFile("a.csx", student), new SourceFile("comprobaciones.csx", checks), new SourceFile("solucion.csx", TupleReference), ForbiddenApi.Defaults)));

        Assert.IsType<CompiledSubmission>(honest);
        var message = Assert.Single(rejected.Messages);
        Assert.Equal(("GR0112", 2), (message.Id, message.Line));
        Assert.Contains("Deconstruct", message.MessageEs, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("string Saludo() => \"hola 1\";")]
    [InlineData("string Saludo() { var r = new Ayuda(); return r.Texto(); }\nclass Ayuda { public string Texto() => \"hola 1\"; }")]
    [InlineData("int Saludo() => 1;")]
    public void Code_that_only_fills_in_the_functions_the_checks_call_compiles(string student)
    {
        Assert.IsType<CompiledSubmission>(Compile(student));
    }
}
