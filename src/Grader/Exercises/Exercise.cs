namespace Grader.Exercises;

/// <summary>An exercise folder: <c>exercises/&lt;id&gt;/</c> with its statement, stub, solution, checks and metadata.</summary>
internal sealed record Exercise(string Id, string Directory, ExerciseMetadata Metadata)
{
    public const string MetadataFile = "ejercicio.yaml";
    public const string ChecksFile = "comprobaciones.csx";
    public const string SolutionFile = "solucion.csx";
    public const string TemplateFile = "plantilla.csx";
    public const string StatementFile = "enunciado.md";

    public string ChecksPath => Path.Combine(Directory, ChecksFile);

    public string SolutionPath => Path.Combine(Directory, SolutionFile);

    public string TemplatePath => Path.Combine(Directory, TemplateFile);

    public string StatementPath => Path.Combine(Directory, StatementFile);

    public int MaxScore => Metadata.Checks.Sum(c => c.Points);
}
