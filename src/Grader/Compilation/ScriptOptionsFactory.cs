using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Compilation;

/// <summary>How student scripts and check continuations are parsed and compiled.</summary>
internal static class ScriptOptionsFactory
{
    public const string StudentClassName = "Alumno";
    public const string ChecksClassName = "Comprobaciones";

    /// <summary>The usings of a .NET console project, imported as a console project's implicit usings are.</summary>
    public static readonly string[] ConsoleUsings =
    [
        "System",
        "System.IO",
        "System.Collections.Generic",
        "System.Linq",
        "System.Net.Http",
        "System.Threading",
        "System.Threading.Tasks",
    ];

    public static readonly CSharpParseOptions Parse =
        new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    public static CSharpCompilationOptions Student { get; } = Options(StudentClassName, ConsoleUsings);

    /// <summary>What the checks' code imports: the console usings plus the grader's building blocks.</summary>
    public static readonly string[] ChecksUsings =
        [.. ConsoleUsings, "System.Text", "System.Diagnostics", "Grader.Checks", "Grader.Checks.Code", "Grader.Checks.Web"];

    public static CSharpCompilationOptions Checks { get; } = Options(ChecksClassName, ChecksUsings);

    private static CSharpCompilationOptions Options(string scriptClassName, IEnumerable<string> usings) =>
        new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                scriptClassName: scriptClassName,
                usings: usings,
                optimizationLevel: OptimizationLevel.Release,
                allowUnsafe: false,
                nullableContextOptions: NullableContextOptions.Disable)
            .WithMetadataReferenceResolver(null)
            .WithSourceReferenceResolver(null)
            .WithDeterministic(true);
}
