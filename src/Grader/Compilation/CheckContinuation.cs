using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Grader.Compilation;

/// <summary>
/// Compiles an exercise's checks as a continuation of the student's script, so they call the student's
/// functions with full type checking. A method that does not compile against this student's code (a
/// function missing, another signature) is replaced by one that throws the compiler's words at run time:
/// that check fails with a message naming the mismatch, and the others still run.
/// </summary>
internal static class CheckContinuation
{
    /// <param name="mismatched">The check methods that did not compile against this student's code, with the errors.</param>
    /// <param name="asWritten">The checks compiled as written, before any method was replaced: its tree is <paramref name="checks"/>.</param>
    public static CSharpCompilation Compile(CSharpCompilation student, SyntaxTree checks, out IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> mismatched, out CSharpCompilation asWritten)
    {
        ArgumentNullException.ThrowIfNull(student);
        var compilation = Create(student, checks);
        asWritten = compilation;
        var broken = BrokenMethods(compilation, checks);
        mismatched = broken.ToDictionary(b => b.Key.Identifier.Text, b => (IReadOnlyList<Diagnostic>)b.Value);
        if (broken.Count == 0)
        {
            return compilation;
        }

        var root = checks.GetRoot().ReplaceNodes(broken.Keys, (original, _) => ThrowingInstead(original, broken[original]));
        return Create(student, checks.WithRootAndOptions(root, checks.Options));
    }

    /// <summary>The check methods that do not compile even against the reference solution: the exercise's own errors.</summary>
    public static IReadOnlyList<Diagnostic> ErrorsAgainst(CSharpCompilation reference, SyntaxTree checks, IEnumerable<string> methods)
    {
        var wanted = methods.ToHashSet(StringComparer.Ordinal);
        return BrokenMethods(Create(reference, checks), checks)
            .Where(b => wanted.Contains(b.Key.Identifier.Text))
            .SelectMany(b => b.Value)
            .ToList();
    }

    private static Dictionary<MethodDeclarationSyntax, List<Diagnostic>> BrokenMethods(CSharpCompilation compilation, SyntaxTree checks) =>
        compilation.GetDiagnostics()
            .Where(IsErrorIn(checks))
            .GroupBy(e => EnclosingMethod(checks, e))
            .Where(g => g.Key is not null)
            .ToDictionary(g => g.Key!, g => g.ToList());

    public static CSharpCompilation Create(CSharpCompilation student, SyntaxTree checks) =>
        CSharpCompilation.CreateScriptCompilation(
            ScriptOptionsFactory.ChecksClassName,
            checks,
            ReferenceSet.Shared.ForChecks,
            ScriptOptionsFactory.Checks,
            previousScriptCompilation: student);

    private static Func<Diagnostic, bool> IsErrorIn(SyntaxTree tree) =>
        d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree;

    private static MethodDeclarationSyntax? EnclosingMethod(SyntaxTree tree, Diagnostic error) =>
        tree.GetRoot().FindNode(error.Location.SourceSpan).AncestorsAndSelf().OfType<MethodDeclarationSyntax>().FirstOrDefault();

    private static MethodDeclarationSyntax ThrowingInstead(MethodDeclarationSyntax method, List<Diagnostic> errors)
    {
        var messages = errors.Select(CompilerMessages.From).ToList();
        var es = string.Join(" ", messages.Select(m => $"{m.Id}: {m.MessageEs}"));
        var en = string.Join(" ", messages.Select(m => $"{m.Id}: {m.MessageEn}"));
        var body = Block(ParseStatement(
            $"throw new global::Grader.Checks.ContractMismatchException({Literal(es)}, {Literal(en)});"));
        return method
            .WithModifiers(TokenList(method.Modifiers.Where(m => !m.IsKind(SyntaxKind.AsyncKeyword))))
            .WithExpressionBody(null)
            .WithSemicolonToken(default)
            .WithBody(body);
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
