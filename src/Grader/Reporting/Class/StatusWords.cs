namespace Grader.Reporting.Class;

/// <summary>
/// Statuses and error reasons in words, for the teacher's report and the student's feedback alike: both must call
/// an unhanded exercise or a timeout the same thing.
/// </summary>
internal sealed class StatusWords(Language language)
{
    private readonly Labels labels = Labels.For(language);

    private bool English => language == Language.En;

    /// <summary>An exercise's status: pass, fail, error or missing.</summary>
    public string Exercise(string status) => (status, English) switch
    {
        ("pass", false) => "superado",
        ("pass", true) => "passed",
        ("fail", false) => "con comprobaciones falladas",
        ("fail", true) => "some checks failed",
        ("error", false) => "no se pudo evaluar",
        ("error", true) => "could not be graded",
        ("missing", false) => "no entregado",
        ("missing", true) => "not handed in",
        _ => status,
    };

    /// <summary>A check's status, with the words the per-submission reports already use.</summary>
    public string Check(string status) => status switch
    {
        "pass" => labels.Pass,
        "fail" => labels.Fail,
        "skip" => labels.Skip,
        "error" => labels.Error,
        _ => status,
    };

    /// <summary>Why a grading ended in error (the results schema's reason); an unknown reason is shown as written.</summary>
    public string Reason(string? reason) => (reason, English) switch
    {
        (null or "", false) => "sin motivo indicado",
        (null or "", true) => "no reason given",
        ("compile_error", false) => "no compila",
        ("compile_error", true) => "does not compile",
        ("timeout", false) => "tiempo agotado",
        ("timeout", true) => "timed out",
        ("crash", false) => "el programa terminó de forma anormal",
        ("crash", true) => "the program crashed",
        ("memory_limit", false) => "superó el límite de memoria",
        ("memory_limit", true) => "memory limit exceeded",
        ("output_limit", false) => "superó el límite de salida",
        ("output_limit", true) => "output limit exceeded",
        ("forbidden", false) => "usa algo no permitido",
        ("forbidden", true) => "uses something forbidden",
        ("internal", false) => "fallo del corrector",
        ("internal", true) => "the grader failed",
        _ => reason,
    };

    /// <summary>An exercise's status with its reason when it is an error: what a cell's tooltip or a heading says.</summary>
    public string ExerciseWithReason(string status, string? reason) =>
        status == "error" ? $"{Exercise(status)} ({Reason(reason)})" : Exercise(status);
}
