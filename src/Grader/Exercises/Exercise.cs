namespace Grader.Exercises;

/// <summary>An exercise folder: <c>exercises/&lt;id&gt;/</c> with its statement, stub, solution, checks and metadata.</summary>
/// <remarks>
/// <see cref="HasHiddenChecksFile"/> is read when the folder is loaded: the student edition has the hidden checks'
/// declarations in <c>ejercicio.yaml</c> but not their code, and grades the visible checks only.
/// </remarks>
internal sealed record Exercise(string Id, string Directory, ExerciseMetadata Metadata)
{
    public const string MetadataFile = "ejercicio.yaml";
    public const string ChecksFile = "comprobaciones.csx";

    /// <summary>The hidden checks' code: a check is hidden exactly when it is declared here. Never in the student edition.</summary>
    public const string HiddenChecksFile = "comprobaciones-ocultas.csx";

    public const string SolutionFile = "solucion.csx";
    public const string TemplateFile = "plantilla.csx";
    public const string StatementFile = "enunciado.md";

    public bool HasHiddenChecksFile { get; init; }

    public string ChecksPath => Path.Combine(Directory, ChecksFile);

    public string HiddenChecksPath => Path.Combine(Directory, HiddenChecksFile);

    public string SolutionPath => Path.Combine(Directory, SolutionFile);

    public string TemplatePath => Path.Combine(Directory, TemplateFile);

    public string StatementPath => Path.Combine(Directory, StatementFile);

    /// <summary>Every check's points, hidden ones included: the grade a submission is finally out of.</summary>
    public int MaxScore => Metadata.Checks.Sum(c => c.Points);

    /// <summary>Hidden checks declared whose code this folder lacks (the student edition): graded on submission, not here.</summary>
    public IReadOnlyList<CheckSpec> PendingHiddenChecks =>
        HasHiddenChecksFile ? [] : [.. Metadata.Checks.Where(c => c.Hidden)];

    /// <summary>The points this folder can grade: <see cref="MaxScore"/> less the pending hidden checks'.</summary>
    public int GradedMaxScore => MaxScore - PendingHiddenChecks.Sum(c => c.Points);
}
