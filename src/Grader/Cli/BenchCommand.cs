using System.CommandLine;
using Grader.Benchmarks;
using Grader.Exercises;
using Grader.Grading;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary><c>grader bench</c>: the speed figures of issue 6 and the two usual ways, measured side by side in one run.</summary>
internal static class BenchCommand
{
    public static Command Create(CommonOptions common)
    {
        var files = new Option<int>("--files") { Description = UiText.Say("Archivos por lote.", "Files per batch."), DefaultValueFactory = _ => 200 };
        var samples = new Option<int>("--samples") { Description = UiText.Say("Procesos nuevos y proyectos de compilar y probar que se cronometran como referencia.", "Fresh processes and build-and-test projects timed for the baselines."), DefaultValueFactory = _ => 3 };
        var compilations = new Option<int>("--compilations") { Description = UiText.Say("Compilaciones para la cifra de memoria.", "Compilations for the memory figure."), DefaultValueFactory = _ => 1000 };
        var output = new Option<string>("--out") { Description = UiText.Say("Dónde escribir las cifras en JSON.", "Where to write the JSON figures."), DefaultValueFactory = _ => Path.Combine("bench", "results.json") };
        var command = new Command("bench", UiText.Say("Mide el coste del corrector por archivo, un lote, la memoria y un arranque en frío, frente a compilar y probar y a procesos nuevos.", "Measure the grader's overhead, a batch, memory and a cold start against build-and-test and fresh processes."))
        {
            files, samples, compilations, output,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = new BenchOptions(parse.GetValue(files), parse.GetValue(samples), parse.GetValue(compilations));
            if (options.Files < 1 || options.Samples < 1 || options.Compilations < 11)
            {
                throw new BadInputException(UiText.Say("--files y --samples tienen que ser al menos 1, y --compilations al menos 11.", "--files and --samples must be at least 1, --compilations at least 11."));
            }

            var catalog = ExerciseCatalog.Locate(parse.GetValue(common.Exercises));
            var results = await BenchRun.RunAsync(catalog, options, line => Console.Error.WriteLine("bench: " + line), cancellation).ConfigureAwait(false);
            BenchWriter.Table(Terminal.Stdout(), results);
            BenchWriter.Save(parse.GetValue(output)!, results);
            Console.Out.WriteLine($"Figures written to {parse.GetValue(output)}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
