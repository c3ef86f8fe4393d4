using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Compilation;

/// <summary>
/// The static gate, run on the compiled student's script before anything runs: every type and member the code
/// names is checked against <see cref="ForbiddenApi"/> rules with the semantic model, and <c>unsafe</c> code is
/// refused. Each finding names the line and the rule, in Spanish and English (reason <c>forbidden</c>).
/// </summary>
internal static class ForbiddenApis
{
    public static IReadOnlyList<CompilerMessage> Find(CSharpCompilation compilation, SyntaxTree tree, IReadOnlyList<ForbiddenApi> rules)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(rules);
        var model = compilation.GetSemanticModel(tree);
        var found = new List<CompilerMessage>();
        var seen = new HashSet<(int Line, string Code)>();
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node is ExpressionSyntax expression && model.GetTypeInfo(expression).Type is { TypeKind: TypeKind.Dynamic })
            {
                // A dynamic call binds at run time: the gate cannot see what it names.
                Add(found, seen, node.GetLocation(), "GR0109", "dynamic se resuelve al ejecutar y se salta estas reglas", "dynamic binds at run time and would slip past these rules");
            }
        }

        foreach (var (node, symbol, _) in UsedSymbols.In(model, tree.GetRoot()))
        {
            var shown = symbol.ToDisplayString();
            var matched = rules.Where(r => r.Matches(symbol) || symbol is IMethodSymbol { ReducedFrom: { } reduced } && r.Matches(reduced)).ToList();
            foreach (var rule in matched)
            {
                Add(found, seen, node.GetLocation(), rule.Code, $"{rule.Es} ({shown})", $"{rule.En} ({shown})");
            }

            if (matched.Count == 0 && !AllowedNamespaces.Allows(symbol, compilation.Assembly))
            {
                Add(found, seen, node.GetLocation(), "GR0113",
                    $"{shown} no está entre lo que una entrega puede usar (colecciones, texto, hilos, tareas, archivos, red, tiempo y procesos de la biblioteca de .NET)",
                    $"{shown} is not among what a submission may use (.NET's collections, text, threads, tasks, files, network, time and processes)");
            }
        }

        return found;
    }

    /// <summary>
    /// Names the student declares at the top of the script that the checks would otherwise mean as a type of .NET or
    /// of the grader (<c>class Timing</c>, <c>var Expect</c>): in the continuation the student's name wins, and a
    /// fake <c>Timing.Alternate</c> could pass a check. Refused, naming the clash.
    /// </summary>
    public static IReadOnlyList<CompilerMessage> Shadowing(CSharpCompilation checksCompilation, SyntaxTree student)
    {
        ArgumentNullException.ThrowIfNull(checksCompilation);
        ArgumentNullException.ThrowIfNull(student);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in ScriptOptionsFactory.ChecksUsings)
        {
            if (Namespace(checksCompilation.GlobalNamespace, name) is { } ns)
            {
                taken.UnionWith(ns.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public).Select(t => t.Name));
            }
        }

        var found = new List<CompilerMessage>();
        var seen = new HashSet<(int, string)>();
        foreach (var declaration in student.GetRoot().ChildNodes().Concat(student.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Select(g => g.Statement)))
        {
            var names = declaration switch
            {
                BaseTypeDeclarationSyntax type => [type.Identifier],
                DelegateDeclarationSyntax d => [d.Identifier],
                MethodDeclarationSyntax m => [m.Identifier],
                PropertyDeclarationSyntax p => [p.Identifier],
                FieldDeclarationSyntax f => f.Declaration.Variables.Select(v => v.Identifier).ToArray(),
                LocalDeclarationStatementSyntax l => l.Declaration.Variables.Select(v => v.Identifier).ToArray(),
                _ => Array.Empty<SyntaxToken>(),
            };
            foreach (var name in names.Where(n => taken.Contains(n.ValueText)))
            {
                Add(found, seen, name.GetLocation(), "GR0111",
                    $"el nombre {name.ValueText} ya es un tipo de .NET o del corrector que las comprobaciones usan; ponle otro nombre",
                    $"the name {name.ValueText} is already a type of .NET or of the grader that the checks use; give it another name");
            }
        }

        return found;
    }

    private static INamespaceSymbol? Namespace(INamespaceSymbol root, string dotted) =>
        dotted.Split('.').Aggregate<string, INamespaceSymbol?>(root, (ns, part) => ns?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part));

    /// <summary>
    /// <c>unsafe</c> code and the language's other back doors, found in the syntax before compiling: <c>extern</c>
    /// methods (what <c>[UnsafeAccessor]</c> and <c>[DllImport]</c> hang on), <c>__makeref</c>, <c>__refvalue</c>,
    /// <c>__reftype</c> and <c>__arglist</c>. The compiler would call <c>unsafe</c> an error of its own (CS0227) when
    /// it is a rule of the grader's.
    /// </summary>
    public static IReadOnlyList<CompilerMessage> Unsafe(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var found = new List<CompilerMessage>();
        var seen = new HashSet<(int, string)>();
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.UnsafeKeyword))
            {
                Add(found, seen, token.GetLocation(), "GR0100",
                    "el código unsafe (punteros) queda fuera de una entrega", "unsafe code (pointers) is out of bounds for a submission");
            }
            else if (token.IsKind(SyntaxKind.ExternKeyword))
            {
                Add(found, seen, token.GetLocation(), "GR0114",
                    "un método extern no tiene cuerpo: lo pone el runtime (código nativo, acceso a miembros privados), y eso queda fuera de una entrega",
                    "an extern method has no body: the runtime supplies one (native code, access to private members), which is out of bounds for a submission");
            }
            else if (token.Kind() is SyntaxKind.MakeRefKeyword or SyntaxKind.RefValueKeyword or SyntaxKind.RefTypeKeyword or SyntaxKind.ArgListKeyword)
            {
                Add(found, seen, token.GetLocation(), "GR0114",
                    $"{token.ValueText} manipula referencias sin tipo y queda fuera de una entrega",
                    $"{token.ValueText} handles untyped references and is out of bounds for a submission");
            }
        }

        return found;
    }

    /// <summary>The default rules, less what the exercise allows, plus what it forbids.</summary>
    public static IReadOnlyList<ForbiddenApi> For(IReadOnlyCollection<string> allowed, IReadOnlyCollection<string> forbidden) =>
        ForbiddenApi.Defaults.Where(r => !allowed.Contains(r.Id)).Concat(forbidden.Select(ForbiddenApi.Named)).ToList();

    private static void Add(List<CompilerMessage> found, HashSet<(int, string)> seen, Location location, string code, string es, string en)
    {
        var message = CompilerMessages.At(location, code, "No permitido: " + es + ".", "Not allowed: " + en + ".");
        if (seen.Add((message.Line, code)))
        {
            found.Add(message);
        }
    }
}
