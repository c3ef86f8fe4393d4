using System.Text;
using Grader.Compilation;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Exercises;

/// <summary>
/// The visible and the hidden checks as one source, compiled together into the one checks assembly the runner
/// loads. A script continuation is one syntax tree, so the two texts are joined, with <c>#line</c> directives that
/// keep each error and stack-trace line in its own file. A script's usings must precede its members: the hidden
/// file's usings are moved first, each under a <c>#line</c> of its own, and blanked in place so no line moves.
/// </summary>
internal static class CombinedChecks
{
    public static SourceFile Join(SourceFile visible, SourceFile hidden)
    {
        ArgumentNullException.ThrowIfNull(visible);
        ArgumentNullException.ThrowIfNull(hidden);
        var tree = CSharpSyntaxTree.ParseText(hidden.Text, ScriptOptionsFactory.Parse);
        var usings = ((CompilationUnitSyntax)tree.GetRoot()).Usings;
        var text = new StringBuilder();
        var body = new StringBuilder(hidden.Text);
        foreach (var directive in usings)
        {
            var line = tree.GetLineSpan(directive.Span).StartLinePosition.Line + 1;
            text.Append("#line ").Append(line).Append(' ').Append(Quoted(hidden.DisplayName)).Append('\n')
                .Append(directive.ToString()).Append('\n');
            for (var i = directive.SpanStart; i < directive.Span.End; i++)
            {
                if (body[i] is not ('\n' or '\r'))
                {
                    body[i] = ' ';
                }
            }
        }

        text.Append("#line 1 ").Append(Quoted(visible.DisplayName)).Append('\n')
            .Append(visible.Text).Append('\n')
            .Append("#line 1 ").Append(Quoted(hidden.DisplayName)).Append('\n')
            .Append(body);
        return new SourceFile(visible.DisplayName, text.ToString());
    }

    private static string Quoted(string name) => "\"" + name.Replace("\"", "", StringComparison.Ordinal) + "\"";
}
