using System.Text;
using Microsoft.CodeAnalysis.Text;
using Grader.Checks.Code;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Grader.Compilation;

/// <summary>
/// Compiles a student's C# script (and the exercise's checks after it) with Roslyn, in the calling process, to bytes;
/// the grader calls it inside a compile worker (<see cref="Worker.WorkerCompiler"/>). The student's text is untrusted
/// input to the compiler too: it is compiled on a thread with a large stack, refused when it nests deeper than any
/// program a person writes, and given up on past <paramref name="limit"/>.
/// </summary>
internal sealed class ScriptCompiler(TimeSpan limit) : ISubmissionCompiler
{
    /// <summary>A warm compile takes tens of milliseconds; this is for files built to stall the compiler.</summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(20);

    private static readonly EmitOptions Emit = new(debugInformationFormat: DebugInformationFormat.Embedded);

    public ScriptCompiler()
        : this(DefaultLimit)
    {
    }

    public CompileOutcome Compile(CompileRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CompileThread.Run(cancellation => Compile(request, cancellation), limit) ?? CompilerGaveUp.TooSlow(request.Student, limit);
    }

    private static CompileOutcome Compile(CompileRequest request, CancellationToken cancellation)
    {
        var (student, checks, reference) = (request.Student, request.Checks, request.Reference);
        if (SyntaxDepth.FirstTooDeepBracket(student.Text, ScriptOptionsFactory.Parse) is { } bracket)
        {
            return new RejectedSubmission(RejectionKind.CompileError, [TooDeep(student, bracket.SpanStart)]);
        }

        if (StudentText.FirstUndecodable(student) is { } undecodable)
        {
            return new RejectedSubmission(RejectionKind.NotUtf8, [undecodable]);
        }

        var tree = Parse(student, cancellation);
        if (StudentText.IsEmpty(tree, student) is { } empty)
        {
            return new RejectedSubmission(RejectionKind.NoCode, [empty]);
        }

        if (SyntaxDepth.FirstTooDeepNode(tree.GetRoot(cancellation)) is { } deep)
        {
            return new RejectedSubmission(RejectionKind.CompileError, [TooDeep(student, deep.SpanStart)]);
        }

        var forbidden = ForbiddenDirectives.Find(tree).Concat(ForbiddenApis.Unsafe(tree)).ToList();
        if (forbidden.Count > 0)
        {
            return new RejectedSubmission(RejectionKind.Forbidden, forbidden);
        }

        var compilation = CSharpCompilation.CreateScriptCompilation(
            ScriptOptionsFactory.StudentClassName,
            tree,
            ReferenceSet.Shared.Framework,
            ScriptOptionsFactory.Student);
        if (EmitOrErrors(compilation, cancellation) is not { } studentBytes)
        {
            return Errors(RejectionKind.CompileError, compilation, cancellation);
        }

        var refused = ForbiddenApis.Find(compilation, tree, request.Rules);
        if (refused.Count > 0)
        {
            return new RejectedSubmission(RejectionKind.Forbidden, refused);
        }

        byte[]? checkBytes = null;
        if (checks is not null)
        {
            var checksTree = Parse(checks, cancellation);
            var continuation = CheckContinuation.Compile(compilation, checksTree, out var mismatched, out var asWritten);
            var shadowing = ForbiddenApis.Shadowing(continuation, tree);
            if (shadowing.Count == 0 && reference is not null)
            {
                shadowing = ChecksBinding.Hijacked(asWritten, compilation, checksTree, reference, mismatched.Keys.ToList());
            }

            if (shadowing.Count > 0)
            {
                return new RejectedSubmission(RejectionKind.Forbidden, shadowing);
            }

            if (mismatched.Count > 0 && reference is not null && ExerciseFaults(reference, checksTree, mismatched.Keys, cancellation) is { Count: > 0 } faults)
            {
                return new RejectedSubmission(RejectionKind.BrokenChecks, faults);
            }

            checkBytes = EmitOrErrors(continuation, cancellation);
            if (checkBytes is null)
            {
                return Errors(RejectionKind.BrokenChecks, continuation, cancellation);
            }
        }

        var unfinished = UnfinishedFunctions.Find(tree);
        CodeFacts facts = CodeFactsBuilder.Build(compilation, tree, unfinished);
        return new CompiledSubmission(studentBytes, checkBytes, facts, unfinished)
        {
            CheckNames = checks is null ? [] : DeclaredChecks.Names(checks.Text),
        };
    }

    /// <summary>
    /// A check that does not compile against the student's code is the student's mismatch, unless it does not
    /// compile against the reference solution either: then the exercise is at fault, and the student must not be
    /// told otherwise. Only paid when some check did not compile.
    /// </summary>
    private static IReadOnlyList<CompilerMessage> ExerciseFaults(SourceFile reference, SyntaxTree checks, IEnumerable<string> methods, CancellationToken cancellation)
    {
        var solution = CSharpCompilation.CreateScriptCompilation(
            ScriptOptionsFactory.StudentClassName, Parse(reference, cancellation), ReferenceSet.Shared.Framework, ScriptOptionsFactory.Student);
        return CompilerMessages.Errors(CheckContinuation.ErrorsAgainst(solution, checks, methods));
    }

    // Embedded debug information (line numbers in the student's stack traces) needs the text's encoding.
    private static SyntaxTree Parse(SourceFile file, CancellationToken cancellation) =>
        CSharpSyntaxTree.ParseText(SourceText.From(file.Text, Encoding.UTF8), ScriptOptionsFactory.Parse, file.DisplayName, cancellationToken: cancellation);

    private static byte[]? EmitOrErrors(CSharpCompilation compilation, CancellationToken cancellation)
    {
        using var stream = new MemoryStream();
        return compilation.Emit(stream, options: Emit, cancellationToken: cancellation).Success ? stream.ToArray() : null;
    }

    private static RejectedSubmission Errors(RejectionKind kind, CSharpCompilation compilation, CancellationToken cancellation)
    {
        var shown = CompilerMessages.Errors(compilation.GetDiagnostics(cancellation), out var total);
        return new RejectedSubmission(kind, shown) { Total = total };
    }

    private static CompilerMessage TooDeep(SourceFile student, int position)
    {
        var text = SourceText.From(student.Text);
        var at = text.Lines.GetLinePosition(position);
        return new CompilerMessage(
            student.DisplayName,
            at.Line + 1,
            at.Character + 1,
            "GR0010",
            $"El código se anida a más de {SyntaxDepth.Limit} niveles (paréntesis, llamadas, lambdas o if dentro de otros): nadie escribe así; divídelo en funciones o variables.",
            $"The code nests more than {SyntaxDepth.Limit} levels deep (parentheses, calls, lambdas or ifs inside others): nobody writes like that; split it into functions or variables.",
            Truncated(text.Lines[at.Line].ToString()));
    }

    /// <summary>A line of a hostile file can be a megabyte long; the report shows where it starts.</summary>
    private static string Truncated(string line) => line.Length <= 200 ? line : line[..200] + "…";
}
