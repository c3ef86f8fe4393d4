using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Compilation;

/// <summary>
/// Refuses what would pull code from outside the submission: <c>#r</c> (an assembly or a NuGet package)
/// and <c>#load</c> (another script). A submission is one self-contained file.
/// </summary>
internal static class ForbiddenDirectives
{
    public static IReadOnlyList<CompilerMessage> Find(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return tree.GetRoot()
            .DescendantTrivia(descendIntoTrivia: true)
            .Where(t => t.IsKind(SyntaxKind.ReferenceDirectiveTrivia) || t.IsKind(SyntaxKind.LoadDirectiveTrivia))
            .Select(t => t.IsKind(SyntaxKind.ReferenceDirectiveTrivia)
                ? CompilerMessages.At(
                    t.GetLocation(),
                    "GR0001",
                    "#r no está permitido: la entrega solo puede usar la biblioteca estándar de .NET, sin paquetes NuGet ni ensamblados externos.",
                    "#r is not allowed: a submission may only use .NET's standard library, no NuGet packages or outside assemblies.")
                : CompilerMessages.At(
                    t.GetLocation(),
                    "GR0002",
                    "#load no está permitido: escribe toda la solución en este único archivo.",
                    "#load is not allowed: write the whole solution in this one file."))
            .ToList();
    }
}
