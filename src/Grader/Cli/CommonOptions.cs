using System.CommandLine;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary>Options every command accepts.</summary>
internal sealed class CommonOptions
{
    public Option<string> Lang { get; } = new("--lang")
    {
        Description = "Language of the feedback: es (default) or en.",
        DefaultValueFactory = _ => "es",
        Recursive = true,
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Output format: text (default) or json.",
        DefaultValueFactory = _ => "text",
        Recursive = true,
    };

    public Option<string?> Exercises { get; } = new("--exercises")
    {
        Description = "Folder of exercises (default: ./exercises when it exists, else the ones shipped with the tool).",
        Recursive = true,
    };

    public CommonOptions()
    {
        Lang.AcceptOnlyFromAmong("es", "en");
        Format.AcceptOnlyFromAmong("text", "json");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Lang);
        command.Options.Add(Format);
        command.Options.Add(Exercises);
    }

    public Language LanguageOf(ParseResult parse) => LanguageExtensions.Parse(parse.GetValue(Lang) ?? "es");

    public bool Json(ParseResult parse) => parse.GetValue(Format) == "json";
}
