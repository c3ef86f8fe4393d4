using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Compilation;

/// <summary>
/// What <c>dotnet run EX.cs</c> builds from an exercise's script: regular C# (top-level statements before any type,
/// CS8803; no script-only fields) as a console program with the SDK's implicit usings. Grading never uses it: it
/// tells an instructor whether <c>grader empezar</c>'s file will run, from trusted files only.
/// </summary>
internal static class RegularProgram
{
    private static readonly CSharpParseOptions Parse =
        new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular)
            .WithFeatures([new("FileBasedProgram", "true")]);

    private static readonly SyntaxTree ImplicitUsings = CSharpSyntaxTree.ParseText(
        string.Join('\n', ScriptOptionsFactory.ConsoleUsings.Select(u => $"global using global::{u};")), Parse);

    /// <summary>The compiler's errors, each as "(line,column): CSxxxx message"; none when it builds.</summary>
    public static IReadOnlyList<string> Errors(string source, string fileName)
    {
        ArgumentNullException.ThrowIfNull(source);
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(fileName),
            [ImplicitUsings, CSharpSyntaxTree.ParseText(source, Parse, fileName)],
            ReferenceSet.Shared.Framework,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();
    }
}
