namespace Grader.Compilation;

internal interface ISubmissionCompiler
{
    CompileOutcome Compile(CompileRequest request);
}

/// <summary>Source text with the name to show in messages (the file name the student knows, never a machine path).</summary>
internal sealed record SourceFile(string DisplayName, string Text);

/// <param name="Checks">The exercise's checks, or null to compile the student's script alone (run mode).</param>
/// <param name="Reference">The reference solution, to tell a student's mismatch from an error in the checks.</param>
/// <param name="Rules">What the static gate refuses in the student's code.</param>
internal sealed record CompileRequest(SourceFile Student, SourceFile? Checks, SourceFile? Reference, IReadOnlyList<ForbiddenApi> Rules)
{
    public static CompileRequest StudentOnly(SourceFile student) => new(student, null, null, ForbiddenApi.Defaults);
}
