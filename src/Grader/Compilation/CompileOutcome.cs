using Grader.Checks.Code;

namespace Grader.Compilation;

/// <summary>What the compile stage produced: a failure of the student's code is data, not an exception.</summary>
internal abstract record CompileOutcome;

/// <param name="Checks">Null when only the student's script was asked for (run mode).</param>
/// <param name="Unfinished">Functions that still throw NotImplementedException as the stub left them.</param>
/// <param name="CheckNames">The checks the checks' assembly declares, which are all the runner may report.</param>
internal sealed record CompiledSubmission(
    byte[] Student,
    byte[]? Checks,
    CodeFacts Facts,
    IReadOnlyList<string> Unfinished) : CompileOutcome
{
    public IReadOnlyList<string> CheckNames { get; init; } = [];
}

/// <param name="Messages">The first <see cref="CompilerMessages.Shown"/> messages at most.</param>
internal sealed record RejectedSubmission(RejectionKind Kind, IReadOnlyList<CompilerMessage> Messages) : CompileOutcome
{
    /// <summary>How many errors there were in all: a file of 100 000 errors is told so, and shown the first ones.</summary>
    public int Total { get; init; } = Messages.Count;
}

internal enum RejectionKind
{
    /// <summary>The student's script has compiler errors.</summary>
    CompileError,

    /// <summary>The script uses something a submission may not (<c>#r</c>, <c>#load</c>).</summary>
    Forbidden,

    /// <summary>The exercise's own checks do not compile: the instructor's problem, not the student's.</summary>
    BrokenChecks,

    /// <summary>The file is empty or only comments: nothing to compile, and "0 errors" would tell the student nothing.</summary>
    NoCode,

    /// <summary>The file is not UTF-8 (a Windows "ANSI" file): its accents and ¡ would be read wrong and cost points.</summary>
    NotUtf8,
}
