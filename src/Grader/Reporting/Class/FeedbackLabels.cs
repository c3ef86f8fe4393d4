namespace Grader.Reporting.Class;

/// <summary>The words of a student's feedback file, in each language.</summary>
internal sealed record FeedbackLabels(
    string Title,
    string Total,
    string Exercise,
    string Status,
    string Score,
    string Points,
    string File,
    string Hint,
    string Expected,
    string Actual,
    string Hidden,
    string HiddenNote,
    string NoFile,
    string Generated)
{
    public static FeedbackLabels For(Language language) => language == Language.En ? English : Spanish;

    private static readonly FeedbackLabels Spanish = new(
        Title: "Retroalimentación",
        Total: "Total",
        Exercise: "Ejercicio",
        Status: "Estado",
        Score: "Puntuación",
        Points: "puntos",
        File: "Archivo",
        Hint: "Pista",
        Expected: "Esperado",
        Actual: "Obtenido",
        Hidden: "oculta",
        HiddenNote: "Comprobación oculta: solo se muestra su resultado.",
        NoFile: "No se encontró ningún archivo tuyo para este ejercicio.",
        Generated: "Generado");

    private static readonly FeedbackLabels English = new(
        Title: "Feedback",
        Total: "Total",
        Exercise: "Exercise",
        Status: "Status",
        Score: "Score",
        Points: "points",
        File: "File",
        Hint: "Hint",
        Expected: "Expected",
        Actual: "Actual",
        Hidden: "hidden",
        HiddenNote: "Hidden check: only its result is shown.",
        NoFile: "No file of yours was found for this exercise.",
        Generated: "Generated");
}
