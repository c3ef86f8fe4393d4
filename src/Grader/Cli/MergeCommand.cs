using System.CommandLine;
using Grader.Batch;
using Grader.Gradebook;
using Grader.Grading;

namespace Grader.Cli;

/// <summary><c>grader merge --out DIR GRADEBOOK...</c>: joins the gradebooks of <c>grade --shard</c> runs and writes the class's reports.</summary>
internal static class MergeCommand
{
    public static Command Create(CommonOptions common)
    {
        var sources = new Argument<string[]>("gradebooks") { Description = $"Gradebooks ({GradebookStore.FileName}) or the output folders that hold them.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for the merged gradebook and the reports.", DefaultValueFactory = _ => "resultados" };
        var command = new Command("merge", "Join the gradebooks of sharded runs into one, and write the class's reports.") { sources, output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            OwnerOnly.CreateFolder(folder);
            var targetPath = Path.GetFullPath(Path.Combine(folder, GradebookStore.FileName));
            var paths = parse.GetValue(sources)!.Select(p => Directory.Exists(p) ? Path.Combine(p, GradebookStore.FileName) : p).Select(Path.GetFullPath).ToList();
            if (paths.Contains(targetPath))
            {
                throw new BadInputException($"--out holds '{targetPath}', which is also an input: merge into another folder.");
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
