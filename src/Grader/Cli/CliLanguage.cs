using System.CommandLine;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary>
/// Reads <c>--lang</c> before the command line is built, since the commands' descriptions and the parser's own
/// messages are worded when they are made. The option is read by System.CommandLine itself, from a command that
/// knows only it, so <c>--lang en</c>, <c>--lang=en</c> and <c>--lang:en</c> anywhere on the line all count.
/// </summary>
internal static class CliLanguage
{
    /// <returns>Spanish unless the line asks for English; an unknown value is left to the real parse to refuse.</returns>
    public static Language Of(string[] args)
    {
        var lang = new Option<string>("--lang") { Recursive = true };
        var probe = new RootCommand { TreatUnmatchedTokensAsErrors = false };
        probe.Options.Add(lang);
        var parse = probe.Parse(args);
        var value = parse.GetResult(lang) is { Tokens: [.., var last] } ? last.Value : null;
        return value == "en" ? Language.En : Language.Es;
    }
}
