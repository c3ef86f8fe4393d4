using Grader.Grading;

namespace Grader.Reporting;

/// <summary>One output format of a grading report.</summary>
internal interface IReportWriter
{
    void Write(GradeReport report);
}
