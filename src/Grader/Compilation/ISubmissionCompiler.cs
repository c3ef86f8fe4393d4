namespace Grader.Compilation;

internal interface ISubmissionCompiler
{
    /// <param name="checks">The exercise's checks, or null to compile the student's script alone.</param>
    /// <param name="reference">The reference solution, to tell a student's mismatch from an error in the checks.</param>
    CompileOutcome Compile(SourceFile student, SourceFile? checks, SourceFile? reference = null);
}

/// <summary>Source text with the name to show in messages (the file name the student knows, never a machine path).</summary>
internal sealed record SourceFile(string DisplayName, string Text);
