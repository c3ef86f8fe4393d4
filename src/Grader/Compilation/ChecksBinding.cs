using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Compilation;

/// <summary>
/// Keeps the student's declarations out of what the checks mean. The checks are a continuation of the student's
/// script, where a name the student declares (<c>class Regex</c>, an extension method <c>Contains</c>, a type with
/// its own <c>Equals</c> returned where a string was expected) wins over .NET's, whatever the checks import. So the
/// checks are bound twice, against the reference solution and against the student's script, and every place where
/// the student's code is reached must be a place where the reference's code is reached too: elsewhere the student
/// would be replacing the checks' own tools. The reference's side is computed once per exercise.
/// </summary>
internal static class ChecksBinding
{
    private const int CachedExercises = 64;
    private static readonly ConcurrentDictionary<string, HashSet<Place>> ReferencePlaces = new(StringComparer.Ordinal);

    /// <summary>Where, in the checks as written, the student's code is reached where the reference's is not.</summary>
    /// <param name="checks">The checks compiled as written against the student's script (its tree is <paramref name="checksTree"/>).</param>
    /// <param name="mismatched">Check methods that do not compile against the student's code: they never run, so they are not judged.</param>
    public static IReadOnlyList<CompilerMessage> Hijacked(
        CSharpCompilation checks, CSharpCompilation student, SyntaxTree checksTree, SourceFile reference, IReadOnlyCollection<string> mismatched)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(checksTree);
        ArgumentNullException.ThrowIfNull(reference);
        var allowed = ReferencePlaces.GetOrAdd(Key(checksTree, reference), _ => PlacesOf(reference, checksTree));
        var found = new List<CompilerMessage>();
        var told = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var model = checks.GetSemanticModel(checksTree);
        foreach (var (node, symbol, role) in UsedSymbols.In(model, checksTree.GetRoot()))
        {
            if (!DeclaredIn(symbol, student.Assembly) || allowed.Contains(Place.Of(node, role)) || InMismatched(node, mismatched))
            {
                continue;
            }

            var declared = Declaration(symbol, student.Assembly);
            if (told.Add(declared) && declared.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
            {
                found.Add(CompilerMessages.At(location, "GR0112",
                    $"No permitido: las comprobaciones usan «{Short(node)}» de .NET o del corrector, y tu {declared.Name} ocuparía su lugar; ponle otro nombre.",
                    $"Not allowed: the checks use '{Short(node)}' from .NET or the grader, and your {declared.Name} would take its place; give it another name."));
            }
        }

        return found;
    }

    private static HashSet<Place> PlacesOf(SourceFile reference, SyntaxTree checksTree)
    {
        if (ReferencePlaces.Count >= CachedExercises)
        {
            ReferencePlaces.Clear();
        }

        var solution = CSharpCompilation.CreateScriptCompilation(
            ScriptOptionsFactory.StudentClassName,
            CSharpSyntaxTree.ParseText(reference.Text, ScriptOptionsFactory.Parse, reference.DisplayName),
            ReferenceSet.Shared.Framework,
            ScriptOptionsFactory.Student);
        var checks = CheckContinuation.Create(solution, checksTree);
        var model = checks.GetSemanticModel(checksTree);
        return UsedSymbols.In(model, checksTree.GetRoot())
            .Where(used => DeclaredIn(used.Symbol, solution.Assembly))
            .Select(used => Place.Of(used.Node, used.Role))
            .ToHashSet();
    }

    /// <summary>True when the symbol, its containing types, or a type it is made of was declared in that script.</summary>
    private static bool DeclaredIn(ISymbol symbol, IAssemblySymbol script) =>
        symbol switch
        {
            IArrayTypeSymbol array => DeclaredIn(array.ElementType, script),
            INamedTypeSymbol { IsGenericType: true } generic when generic.TypeArguments.Any(a => DeclaredIn(a, script)) => true,
            IMethodSymbol { ReducedFrom: { } extension } => DeclaredIn(extension, script),
            _ => SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition.ContainingAssembly, script)
                && symbol is not (ILocalSymbol or IParameterSymbol or INamespaceSymbol),
        };

    /// <summary>The student's own declaration behind a symbol: the type in <c>List&lt;Regex&gt;</c>, the method behind an extension call.</summary>
    private static ISymbol Declaration(ISymbol symbol, IAssemblySymbol script) =>
        symbol switch
        {
            IArrayTypeSymbol array => Declaration(array.ElementType, script),
            INamedTypeSymbol generic when !SymbolEqualityComparer.Default.Equals(generic.ContainingAssembly, script)
                && generic.TypeArguments.FirstOrDefault(a => DeclaredIn(a, script)) is { } argument => Declaration(argument, script),
            IMethodSymbol { ReducedFrom: { } extension } => extension,
            _ => TopLevel(symbol.OriginalDefinition),
        };

    /// <summary>What the student wrote at the top of the script: <c>Regex</c> rather than its constructor or its IsMatch.</summary>
    private static ISymbol TopLevel(ISymbol symbol)
    {
        while (symbol.ContainingType is { IsScriptClass: false } outer)
        {
            symbol = outer;
        }

        return symbol;
    }

    private static string Short(SyntaxNode node)
    {
        var text = node.ToString();
        return text.Length <= 60 ? text : text[..60] + "…";
    }

    private static bool InMismatched(SyntaxNode node, IReadOnlyCollection<string> mismatched) =>
        mismatched.Count > 0 && node.AncestorsAndSelf().OfType<MethodDeclarationSyntax>().FirstOrDefault() is { } method
        && mismatched.Contains(method.Identifier.Text);

    private static string Key(SyntaxTree checks, SourceFile reference) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(checks.GetText().ToString() + "\0" + reference.Text)));

    /// <summary>A node of the checks by position and kind, and how it uses a symbol: the same in both bindings of the same text.</summary>
    private readonly record struct Place(int Start, int Length, int Kind, string Role)
    {
        public static Place Of(SyntaxNode node, string role) => new(node.SpanStart, node.Span.Length, node.RawKind, role);
    }
}
