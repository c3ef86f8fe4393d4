using System.Globalization;
using Grader.Exercises;

namespace Grader.Tests.Support;

/// <summary>
/// A class of 60 students × 10 exercises written into a Moodle download folder, each file's verdict known before
/// grading: correct (the reference solution), wrong (a file of Envios/ with its declared failing checks), unfinished
/// (the stub), broken (does not compile), hostile (floods its output, recurses without end, or calls Environment.Exit) or
/// missing. Exercises that measure time get fewer correct and wrong files: they run alone and cost the most.
/// </summary>
internal sealed class GeneratedClass
{
    public const int Students = 60;

    private GeneratedClass(IReadOnlyDictionary<(string Student, string Exercise), Expected> cells, IReadOnlyList<string> unplaced, IReadOnlyList<Exercise> exercises)
    {
        Cells = cells;
        Unplaced = unplaced;
        Exercises = exercises;
    }

    public IReadOnlyDictionary<(string Student, string Exercise), Expected> Cells { get; }

    /// <summary>Paths, relative to the class folder, of the files the grader must list as not placed.</summary>
    public IReadOnlyList<string> Unplaced { get; }

    public IReadOnlyList<Exercise> Exercises { get; }

    public IEnumerable<string> StudentKeys => Cells.Keys.Select(k => k.Student).Distinct().Order(StringComparer.Ordinal);

    public int ExpectedTotal(string student) => Cells.Where(c => c.Key.Student == student).Sum(c => c.Value.Score);

    public int Gradable => Cells.Values.Count(c => c.Status != "missing");

    public static GeneratedClass Write(string folder)
    {
        var exercises = Grading.Catalog.All();
        var cells = new Dictionary<(string, string), Expected>();
        for (var s = 0; s < Students; s++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Alumna{s:00} Apellido{(s % 7 == 0 ? "ñú" : "")}");
            var id = (1000 + s).ToString(CultureInfo.InvariantCulture);
            var studentFolder = Path.Combine(folder, $"{name}_{id}_assignsubmission_file_");
            Directory.CreateDirectory(studentFolder);
            for (var e = 0; e < exercises.Count; e++)
            {
                var exercise = exercises[e];
                var (content, expected) = Cell(exercise, s, e);
                if (content is not null)
                {
                    File.WriteAllText(Path.Combine(studentFolder, exercise.Id + ".csx"), content);
                }

                cells[($"{name}_{id}", exercise.Id)] = expected;
            }
        }

        // Files a real download holds and that are nobody's exercise.
        File.WriteAllText(Path.Combine(folder, "Alumna00 Apellidoñú_1000_assignsubmission_file_", "notas.txt"), "apuntes");
        File.WriteAllText(Path.Combine(folder, "Alumna01 Apellido_1001_assignsubmission_file_", "99-extra.csx"), "Console.WriteLine(1);");
        File.WriteAllText(Path.Combine(folder, "leeme.txt"), "class");
        string[] unplaced =
        [
            "Alumna00 Apellidoñú_1000_assignsubmission_file_/notas.txt",
            "Alumna01 Apellido_1001_assignsubmission_file_/99-extra.csx",
            "leeme.txt",
        ];
        return new GeneratedClass(cells, unplaced, exercises);
    }

    private static (string? Content, Expected Expected) Cell(Exercise exercise, int student, int order)
    {
        var solution = File.ReadAllText(exercise.SolutionPath);
        var slot = (student + (7 * order)) % Students;
        var (correct, wrong) = exercise.Metadata.MeasuresTime ? (3, 3) : (6, 6);
        if (slot < correct)
        {
            return (solution, new Expected("pass", null, exercise.MaxScore));
        }

        if (slot < correct + wrong)
        {
            var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Submissions, exercise.Id), "*.csx").Order(StringComparer.Ordinal).ToList();
            var file = files[(slot - correct) % files.Count];
            var lost = Expectation.FailingChecks(file).Sum(name => exercise.Metadata.Checks.Single(c => c.Name == name).Points);
            return (File.ReadAllText(file), new Expected("fail", null, exercise.MaxScore - lost));
        }

        return (slot - correct - wrong) switch
        {
            < 12 => (File.ReadAllText(exercise.TemplatePath), new Expected("fail", null, 0)),
            < 24 => (solution + "\nint roto = ;\n", new Expected("error", "compile_error", 0)),
            < 26 => (solution + "\nwhile (true) Console.Out.Write(new string('x', 100000));\n", new Expected("error", "output_limit", 0)),
            < 28 => (solution + "\nint SinFin(int n) => SinFin(n + 1) + 1;\nConsole.WriteLine(SinFin(0));\n", new Expected("error", "crash", 0)),
            < 30 => (solution + "\nEnvironment.Exit(3);\n", new Expected("error", "forbidden", 0)),
            _ => (null, new Expected("missing", null, 0)),
        };
    }
}

/// <summary>What one cell of the class must get: status (pass, fail, error, missing), the reason of an error, points.</summary>
internal sealed record Expected(string Status, string? Reason, int Score);
