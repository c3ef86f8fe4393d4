using Grader.Checks;
using Grader.Gradebook;

namespace Grader.Tests.ClassReport;

/// <summary>
/// A small class with every case the reports must handle: an accented name from Moodle, a message that tries to
/// close a script and open a tag, exercises not handed in, errors with their reason, a hidden check carrying an
/// expected value it must not show, a similar pair and files that belong to no one.
/// </summary>
internal static class ClassFixture
{
    public const string MariaKey = "María López_12345_assignsubmission_file_";
    public const string AngelKey = "Ángel Núñez_23456_assignsubmission_file_";
    public const string Malicious = "</script><b>negrita</b> y sin salto final";
    public const string HiddenSecret = "SECRETO-DE-LA-OCULTA";
    public const string HiddenMessage = "La oculta esperaba 42";
    public const string FragmentAttack = "// </script><script>alert('x')</script>";

    public static readonly string[] Exercises = ["01-es-vs-cpu", "03-hola-hilo", "05-fibonacci-hilos"];

    /// <summary>Totals out of 24: Carla 0, María 12, Bruno 13, Ángel 14, Zoe 24 (mean 12.6, median 13).</summary>
    public static ClassResults Class() => new(
        [
            new ExerciseColumn("01-es-vs-cpu", new LocalizedText("E/S frente a CPU", "I/O versus CPU"), "a1b2c3", 10,
            [
                new CheckColumn("formatea_cabeceras", 3, false),
                new CheckColumn("une_cabeceras", 2, false),
                new CheckColumn("escribe_archivo", 3, false),
                new CheckColumn("clasifica_pasos", 2, true),
            ]),
            new ExerciseColumn("03-hola-hilo", new LocalizedText("Hola, hilo", "Hello, thread"), "d4e5f6", 6,
            [
                new CheckColumn("crea_hilo", 3, false),
                new CheckColumn("espera_hilo", 3, false),
            ]),
            new ExerciseColumn("05-fibonacci-hilos", new LocalizedText("Fibonacci con hilos", "Fibonacci with threads"), "0718ab", 8,
            [
                new CheckColumn("fib_recursiva", 4, false),
                new CheckColumn("reparte_hilos", 4, false),
            ]),
        ],
        [
            new StudentResults(MariaKey, "María López", "12345",
            [
                Ex01(6, joinFails: true, hiddenFails: true),
                Ex03Pass(),
                Missing("05-fibonacci-hilos", 8),
            ]),
            new StudentResults(AngelKey, "Ángel Núñez", "23456",
            [
                Ex01(10, joinFails: false, hiddenFails: false),
                Error("03-hola-hilo", 6, "compile_error", "No compila: falta un ';' en la línea 4."),
                Ex05(4, splitFails: true),
            ]),
            new StudentResults("bruno", "Bruno Díaz", null,
            [
                Ex01(5, joinFails: true, hiddenFails: false, escribeFails: true),
                Error("03-hola-hilo", 6, "timeout", "Se agotó el tiempo (10 s)."),
                Ex05(8, splitFails: false),
            ]),
            new StudentResults("carla", "Carla Ruiz", null,
            [
                Missing("01-es-vs-cpu", 10),
                Missing("03-hola-hilo", 6),
                Missing("05-fibonacci-hilos", 8),
            ]),
            new StudentResults("zoe", "Zoe Vidal", null, [Ex01(10, false, false), Ex03Pass(), Ex05(8, false)]),
        ],
        [
            new SimilarPair("01-es-vs-cpu", MariaKey, "bruno", 0.87,
            [
                new SharedFragment(3, 6, 10, 13,
                    "static string Une(string[] l)\n{\n    return string.Join(\"\\n\", l);\n}",
                    "static string Juntar(string[] xs)\n{\n    return string.Join(\"\\n\", xs);\n}"),
                new SharedFragment(8, 8, 20, 20, FragmentAttack, FragmentAttack),
            ]),
        ],
        [
            new UnplacedFile("entregas/misterio.csx", "no se reconoce el ejercicio"),
            new UnplacedFile("entregas/Carla Ruiz_99_assignsubmission_file_/notas.txt", "no es un archivo .csx"),
        ],
        new DateTimeOffset(2025, 11, 25, 15, 54, 0, TimeSpan.FromHours(1)));

    /// <summary>No students at all: the report must still open, with nothing to chart.</summary>
    public static ClassResults Empty() => Class() with { Students = [], SimilarPairs = [], Unplaced = [] };

    private static ExerciseResult Ex01(int score, bool joinFails, bool hiddenFails, bool escribeFails = false)
    {
        List<CheckResult> checks =
        [
            Pass("formatea_cabeceras", 3),
            joinFails
                ? new CheckResult("une_cabeceras", "fail", 0, 2, new LocalizedText(Malicious, "</script><b>bold</b> and no final newline"),
                    new LocalizedText("Usa string.Join(\"\\n\", …)", "Use string.Join(\"\\n\", …)"), false, "a\nb", "a\nb\n")
                : Pass("une_cabeceras", 2),
            escribeFails
                ? new CheckResult("escribe_archivo", "error", 0, 3, new LocalizedText("Lanzó IOException", "Threw IOException"), null, false, null, null)
                : Pass("escribe_archivo", 3),
            hiddenFails
                ? new CheckResult("clasifica_pasos", "fail", 0, 2, new LocalizedText(HiddenMessage, HiddenMessage), new LocalizedText("Pista oculta", "Hidden hint"), true, HiddenSecret, "41")
                : Pass("clasifica_pasos", 2, hidden: true),
        ];
        var status = checks.All(c => c.Status == "pass") ? "pass" : "fail";
        return new ExerciseResult("01-es-vs-cpu", status, null, score, 10,
            new LocalizedText($"{score} de 10 puntos.", $"{score} of 10 points."), checks, "ejercicio01.csx", "h01", 1200);
    }

    private static ExerciseResult Ex03Pass() =>
        new("03-hola-hilo", "pass", null, 6, 6, new LocalizedText("Todo correcto.", "All correct."),
            [Pass("crea_hilo", 3), Pass("espera_hilo", 3)], "hilo.csx", "h03", 800);

    private static ExerciseResult Ex05(int score, bool splitFails) =>
        new("05-fibonacci-hilos", splitFails ? "fail" : "pass", null, score, 8, new LocalizedText($"{score} de 8 puntos.", $"{score} of 8 points."),
        [
            Pass("fib_recursiva", 4),
            splitFails
                ? new CheckResult("reparte_hilos", "fail", 0, 4, new LocalizedText("Usa un solo hilo.", "Uses one thread only."),
                    new LocalizedText("Crea un Thread por mitad.", "Create one Thread per half."), false, null, null)
                : Pass("reparte_hilos", 4),
        ], "fib.csx", "h05", 2100);

    private static ExerciseResult Error(string id, int max, string reason, string message) =>
        new(id, "error", reason, 0, max, LocalizedText.Same(message), [], "roto.csx", "hx", 10_000);

    private static ExerciseResult Missing(string id, int max) =>
        new(id, ExerciseResult.Missing, null, 0, max, LocalizedText.Same(""), [], null, null, 0);

    private static CheckResult Pass(string name, int points, bool hidden = false) =>
        new(name, "pass", points, points, null, null, hidden, null, null);
}
