using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Grader.Compilation;

/// <summary>Turns Roslyn diagnostics into <see cref="CompilerMessage"/>s; Roslyn ships its messages in Spanish too.</summary>
internal static class CompilerMessages
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Errors worded past this many help nobody, and wording 100 000 of them takes the grader seconds.</summary>
    public const int Shown = 50;

    public static IReadOnlyList<CompilerMessage> Errors(IEnumerable<Diagnostic> diagnostics) => Errors(diagnostics, out _);

    /// <returns>The first <see cref="Shown"/> errors in the order of the file.</returns>
    public static IReadOnlyList<CompilerMessage> Errors(IEnumerable<Diagnostic> diagnostics, out int total)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        total = errors.Count;
        return errors
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Take(Shown)
            .Select(From)
            .ToList();
    }

    public static CompilerMessage From(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        var sourceLine = diagnostic.Location.SourceTree is { } tree && line < tree.GetText().Lines.Count
            ? tree.GetText().Lines[line].ToString()
            : "";
        // Mapped by #line: the hidden checks are compiled after the visible ones in one text (CombinedChecks), and
        // their errors name their own file and line.
        var mapped = diagnostic.Location.GetMappedLineSpan();
        return new CompilerMessage(
            mapped.Path,
            mapped.StartLinePosition.Line + 1,
            mapped.StartLinePosition.Character + 1,
            diagnostic.Id,
            diagnostic.GetMessage(Spanish),
            diagnostic.GetMessage(English),
            sourceLine);
    }

    /// <summary>Builds a message that is not Roslyn's (a forbidden directive), located like one.</summary>
    public static CompilerMessage At(Location location, string id, string es, string en)
    {
        ArgumentNullException.ThrowIfNull(location);
        var span = location.GetLineSpan();
        var line = span.StartLinePosition.Line;
        var sourceLine = location.SourceTree is { } tree ? tree.GetText().Lines[line].ToString() : "";
        return new CompilerMessage(span.Path, line + 1, span.StartLinePosition.Character + 1, id, es, en, sourceLine);
    }
}
