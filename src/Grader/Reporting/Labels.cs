namespace Grader.Reporting;

/// <summary>The words of the reports themselves (headings, statuses), in each language.</summary>
internal sealed record Labels(
    string Check,
    string Result,
    string Points,
    string Pass,
    string Fail,
    string Error,
    string Skip,
    string Hint,
    string Output,
    string Diff,
    string Score,
    string ProgramOutput,
    string Hidden,
    string Exercise,
    string Checks,
    string Title,
    string NotRun)
{
    public static Labels For(Language language) => language == Language.En ? English : Spanish;

    private static readonly Labels Spanish = new(
        Check: "Comprobación",
        Result: "Resultado",
        Points: "Puntos",
        Pass: "pasa",
        Fail: "falla",
        Error: "error",
        Skip: "no medible",
        Hint: "Pista",
        Output: "Salida durante la comprobación",
        Diff: "Diferencias (- esperado, + obtenido)",
        Score: "Puntuación",
        ProgramOutput: "Salida de tu programa",
        Hidden: "oculta",
        Exercise: "Ejercicio",
        Checks: "Comprobaciones",
        Title: "Título",
        NotRun: "no se ejecutó");

    private static readonly Labels English = new(
        Check: "Check",
        Result: "Result",
        Points: "Points",
        Pass: "pass",
        Fail: "fail",
        Error: "error",
        Skip: "not measurable",
        Hint: "Hint",
        Output: "Output during the check",
        Diff: "Differences (- expected, + actual)",
        Score: "Score",
        ProgramOutput: "Your program's output",
        Hidden: "hidden",
        Exercise: "Exercise",
        Checks: "Checks",
        Title: "Title",
        NotRun: "not run");
}
