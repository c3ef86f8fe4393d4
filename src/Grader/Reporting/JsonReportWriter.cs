using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grader.Grading;

namespace Grader.Reporting;

/// <summary>Writes the versioned JSON results described in docs/results-schema.md.</summary>
internal sealed class JsonReportWriter(TextWriter output, Language language) : IReportWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public void Write(GradeReport report)
    {
        output.WriteLine(JsonSerializer.Serialize(ResultsDocument.From(report, language), Options));
    }

    /// <summary>A run of <c>grader run</c>: how the program ended and what it printed, no grade.</summary>
    public void WriteRun(GradeReport report, Execution.SandboxResult? result)
    {
        output.WriteLine(JsonSerializer.Serialize(RunDocument.From(report, result, language), Options));
    }

    /// <summary>Several graded files: one JSON array of results, so the output stays one document.</summary>
    public void WriteAll(IEnumerable<GradeReport> reports)
    {
        output.WriteLine(JsonSerializer.Serialize(reports.Select(r => ResultsDocument.From(r, language)).ToList(), Options));
    }
}
