using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Compilation;

/// <summary>
/// Refuses what would pull code from outside the submission: <c>#r</c> (an assembly or a NuGet package)
/// and <c>#load</c> (another script), and every <c>#:</c> directive of a .NET file-based app (<c>#:package</c>,
/// <c>#:sdk</c>, <c>#:property</c>, <c>#:project</c>...), which would make <c>dotnet run</c> build something other than
/// what is graded. A submission is one self-contained file. A leading <c>#!</c> line is allowed: it only names the
/// interpreter.
/// </summary>
internal static class ForbiddenDirectives
{
    public static IReadOnlyList<CompilerMessage> Find(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return tree.GetRoot()
            .DescendantTrivia(descendIntoTrivia: true)
            .Select(Refusal)
            .OfType<CompilerMessage>()
            .ToList();
    }

    private static CompilerMessage? Refusal(SyntaxTrivia trivia) => trivia.Kind() switch
    {
        SyntaxKind.ReferenceDirectiveTrivia => CompilerMessages.At(
            trivia.GetLocation(),
            "GR0001",
            "#r no está permitido: la entrega solo puede usar la biblioteca estándar de .NET, sin paquetes NuGet ni ensamblados externos.",
            "#r is not allowed: a submission may only use .NET's standard library, no NuGet packages or outside assemblies."),
        SyntaxKind.LoadDirectiveTrivia => CompilerMessages.At(
            trivia.GetLocation(),
            "GR0002",
            "#load no está permitido: escribe toda la solución en este único archivo.",
            "#load is not allowed: write the whole solution in this one file."),
        // Roslyn parses every '#:' line as an ignored directive, whatever follows the colon.
        SyntaxKind.IgnoredDirectiveTrivia => CompilerMessages.At(
            trivia.GetLocation(),
            "GR0003",
            "Las directivas #: (#:package, #:sdk, #:property...) no están permitidas: la entrega solo puede usar la biblioteca estándar de .NET, y se corrige tal cual, sin paquetes ni opciones de compilación. Borra esa línea.",
            "#: directives (#:package, #:sdk, #:property...) are not allowed: a submission may only use .NET's standard library, and is graded as it is, without packages or build settings. Delete that line."),
        _ => null,
    };
}
