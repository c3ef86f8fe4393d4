using System.CommandLine;
using Grader.Batch;
using Grader.Gradebook;
using Grader.Grading;
using Grader.Reporting;

namespace Grader.Cli;

/// <summary><c>grader merge --out DIR GRADEBOOK...</c>: joins the gradebooks of <c>grade --shard</c> runs and writes the class's reports.</summary>
internal static class MergeCommand
{
    public static Command Create(CommonOptions common)
    {
        var sources = new Argument<string[]>(UiText.Say("registros", "gradebooks"))
        {
            Description = UiText.Say($"Registros de notas ({GradebookStore.FileName}) o las carpetas de salida que los contienen.", $"Gradebooks ({GradebookStore.FileName}) or the output folders that hold them."),
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = UiText.Say("Carpeta para el registro de notas unido y los informes.", "Folder for the merged gradebook and the reports."), DefaultValueFactory = _ => "resultados" };
        var command = new Command("merge", UiText.Say("Une en uno los registros de notas de ejecuciones repartidas con --shard, y escribe los informes de la clase.", "Join the gradebooks of sharded runs into one, and write the class's reports.")) { sources, output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            OwnerOnly.CreateFolder(folder);
            var targetPath = Path.GetFullPath(Path.Combine(folder, GradebookStore.FileName));
            var paths = parse.GetValue(sources)!.Select(p => Directory.Exists(p) ? Path.Combine(p, GradebookStore.FileName) : p).Select(Path.GetFullPath).ToList();
            if (paths.Contains(targetPath))
            {
                throw new BadInputException(UiText.Say($"--out contiene «{targetPath}», que también es una entrada: une en otra carpeta.", $"--out holds '{targetPath}', which is also an input: merge into another folder."));
            }

            using var gradebook = GradebookStore.Open(targetPath);
            foreach (var path in paths)
            {
                GradebookMerger.Merge(gradebook, path);
            }

            var results = ClassOutput.Write(gradebook, folder, common.LanguageOf(parse));
            Console.Out.WriteLine($"Merged {paths.Count} gradebook(s): {results.Students.Count} students, {results.Students.Sum(s => s.Results.Count(r => r.Status != ExerciseResult.Missing))} graded files.");
            Console.Out.WriteLine($"Gradebook: {targetPath}");
            return ExitCodes.Success;
        });
        return command;
    }
}
