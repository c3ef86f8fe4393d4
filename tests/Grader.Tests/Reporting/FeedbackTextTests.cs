using Grader.Cli;
using Grader.Grading;
using Grader.Reporting;
using Grader.Tests.Support;

namespace Grader.Tests.Reporting;

/// <summary>The feedback a student reads, kept as approved text next to this file (*.verified.txt).</summary>
public sealed class FeedbackTextTests
{
    private const string Id = "01-es-vs-cpu";

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task A_failed_check_shows_the_line_diff_and_the_hint(string code)
    {
        var language = LanguageExtensions.Parse(code);
        var report = await Support.Grading.FileAsync(Id, Path.Combine(RepoPaths.Submissions, Id, "union-con-salto-final.csx"));

        Approvals.Verify(Render(report, language), $"failed-check.{language.Code()}");
    }

    [Fact]
    public async Task A_compile_error_shows_the_line_and_a_caret_under_the_column()
    {
        var source = Support.Grading.SolutionWith(Id, "return string.Join(\"\\n\", lineas);", "return string.Join(\"\\n\", lineas)");

        var report = await Support.Grading.SourceAsync(Id, source);

        Approvals.Verify(Render(report, Language.Es), "compile-error.es");
    }

    [Fact]
    public async Task The_unfinished_stub_names_what_is_left_to_do()
    {
        var report = await Support.Grading.FileAsync(Id, RepoPaths.Exercise(Id, "plantilla.csx"));

        Approvals.Verify(Render(report, Language.Es), "unfinished.es");
    }

    [Fact]
    public async Task A_stack_overflow_names_the_recursing_function()
    {
        var source = Support.Grading.SolutionWith(Id, "return string.Join(\"\\n\", lineas);", "return UnirCabeceras(lineas);");

        var report = await Support.Grading.SourceAsync(Id, source);

        Approvals.Verify(Render(report, Language.Es), "stack-overflow.es");
    }

    private static string Render(GradeReport report, Language language)
    {
        using var output = new StringWriter();
        new TextReportWriter(Terminal.Create(output, plain: true), language).Write(report);
        return output.ToString();
    }
}
