namespace Grader.Compilation;

/// <summary>One compiler error, in both languages, located in the file the student handed in.</summary>
internal sealed record CompilerMessage(
    string File,
    int Line,
    int Column,
    string Id,
    string MessageEs,
    string MessageEn,
    string SourceLine);
