using System.Text;
using Microsoft.CodeAnalysis.Text;
using Grader.Checks.Code;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Grader.Compilation;

/// <summary>Compiles a student's C# script (and the exercise's checks after it) with Roslyn, in process, to bytes.</summary>
internal sealed class ScriptCompiler : ISubmissionCompiler
{
    private static readonly EmitOptions Emit = new(debugInformationFormat: DebugInformationFormat.Embedded);

    public CompileOutcome Compile(CompileRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (student, checks, reference) = (request.Student, request.Checks, request.Reference);
        var tree = Parse(student);
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
        var studentBytes = EmitOrErrors(compilation, out var errors);
        if (studentBytes is null)
        {
            return new RejectedSubmission(RejectionKind.CompileError, errors);
        }

        var refused = ForbiddenApis.Find(compilation, tree, request.Rules);
        if (refused.Count > 0)
        {
            return new RejectedSubmission(RejectionKind.Forbidden, refused);
        }

        byte[]? checkBytes = null;
        if (checks is not null)
        {
            var checksTree = Parse(checks);
            var continuation = CheckContinuation.Compile(compilation, checksTree, out var mismatched);
            var shadowing = ForbiddenApis.Shadowing(continuation, tree);
            if (shadowing.Count > 0)
            {
                return new RejectedSubmission(RejectionKind.Forbidden, shadowing);
            }

            if (mismatched.Count > 0 && reference is not null && ExerciseFaults(reference, checksTree, mismatched.Keys) is { Count: > 0 } faults)
            {
                return new RejectedSubmission(RejectionKind.BrokenChecks, faults);
            }

            checkBytes = EmitOrErrors(continuation, out var checkErrors);
            if (checkBytes is null)
            {
                return new RejectedSubmission(RejectionKind.BrokenChecks, checkErrors);
            }
        }

        var unfinished = UnfinishedFunctions.Find(tree);
        CodeFacts facts = CodeFactsBuilder.Build(compilation, tree, unfinished);
        return new CompiledSubmission(studentBytes, checkBytes, facts, unfinished);
    }

    /// <summary>
    /// A check that does not compile against the student's code is the student's mismatch, unless it does not
    /// compile against the reference solution either: then the exercise is at fault, and the student must not be
    /// told otherwise. Only paid when some check did not compile.
    /// </summary>
    private static IReadOnlyList<CompilerMessage> ExerciseFaults(SourceFile reference, SyntaxTree checks, IEnumerable<string> methods)
    {
        var solution = CSharpCompilation.CreateScriptCompilation(
            ScriptOptionsFactory.StudentClassName, Parse(reference), ReferenceSet.Shared.Framework, ScriptOptionsFactory.Student);
        return CompilerMessages.Errors(CheckContinuation.ErrorsAgainst(solution, checks, methods));
    }

    // Embedded debug information (line numbers in the student's stack traces) needs the text's encoding.
    private static SyntaxTree Parse(SourceFile file) =>
        CSharpSyntaxTree.ParseText(SourceText.From(file.Text, Encoding.UTF8), ScriptOptionsFactory.Parse, file.DisplayName);

    private static byte[]? EmitOrErrors(CSharpCompilation compilation, out IReadOnlyList<CompilerMessage> errors)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, options: Emit);
        errors = CompilerMessages.Errors(result.Diagnostics);
        return result.Success ? stream.ToArray() : null;
    }
}
