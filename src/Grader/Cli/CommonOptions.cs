using System.CommandLine;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary>Options every command accepts.</summary>
internal sealed class CommonOptions
{
    public Option<string> Lang { get; } = new("--lang")
    {
        Description = UiText.Say("Idioma de la salida: es (por defecto) o en.", "Language of the output: es (default) or en."),
        DefaultValueFactory = _ => "es",
        Recursive = true,
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = UiText.Say("Formato de la salida: text (por defecto), json, junit (JUnit XML), github (anotaciones de Actions y resumen del paso), gradescope (results.json) o classroom (resultado de autocorrección de GitHub Classroom).", "Output format: text (default), json, junit (JUnit XML), github (Actions annotations and step summary), gradescope (results.json) or classroom (GitHub Classroom autograding result)."),
        DefaultValueFactory = _ => "text",
        Recursive = true,
    };

    public Option<string?> Exercises { get; } = new("--exercises")
    {
        Description = UiText.Say("Carpeta de ejercicios (por defecto: ./exercises cuando existe; si no, los que trae la herramienta).", "Folder of exercises (default: ./exercises when it exists, else the ones shipped with the tool)."),
        Recursive = true,
    };

    public Option<bool> RequireIsolation { get; } = new("--require-isolation")
    {
        Description = UiText.Say("No ejecuta entregas sin todas las capas de aislamiento (ver grader doctor).", "Refuse to run submissions unless every isolation layer is available (see grader doctor)."),
        Recursive = true,
    };

    public Option<string> Isolation { get; } = new("--isolation")
    {
        Description = UiText.Say("auto (por defecto): el mejor aislamiento que ofrece esta máquina; plain: un simple proceso hijo (para comparar o depurar).", "auto (default): the best isolation this machine offers; plain: a plain child process (to compare or debug)."),
        DefaultValueFactory = _ => "auto",
        Recursive = true,
    };

    public CommonOptions()
    {
        Lang.AcceptOnlyFromAmong("es", "en");
        Format.AcceptOnlyFromAmong("text", "json", "junit", "github", "gradescope", "classroom");
        Isolation.AcceptOnlyFromAmong("auto", "plain");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Lang);
        command.Options.Add(Format);
        command.Options.Add(Exercises);
        command.Options.Add(RequireIsolation);
        command.Options.Add(Isolation);
    }

    public Language LanguageOf(ParseResult parse) => LanguageExtensions.Parse(parse.GetValue(Lang) ?? "es");

    public bool Json(ParseResult parse) => parse.GetValue(Format) == "json";

    /// <summary>The pipeline for this command line: refuses, in one line, when full isolation is required and missing.</summary>
    public Grading.GradingPipeline Pipeline(ParseResult parse)
    {
        var pipeline = parse.GetValue(Isolation) == "plain"
            ? new Grading.GradingPipeline(Compilation.Worker.WorkerCompiler.Shared, new Execution.ChildProcessSandbox(new Execution.Isolation.PlainIsolation()))
            : Grading.GradingPipeline.CreateDefault();
        if (parse.GetValue(RequireIsolation) && !pipeline.Isolation.Full)
        {
            var has = string.Join(", ", pipeline.Isolation.Names);
            throw new Grading.BadInputException(UiText.Say(
                $"--require-isolation: a esta máquina le faltan capas de aislamiento (tiene: {has}). Ejecuta «grader doctor».",
                $"--require-isolation: this machine lacks isolation layers (it has: {has}). Run 'grader doctor'."));
        }

        return pipeline;
    }
}
