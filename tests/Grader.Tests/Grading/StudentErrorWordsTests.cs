using Grader.Grading;

namespace Grader.Tests.Grading;

/// <summary>.NET's messages are English: a student is also told, in their language, what the common ones mean.</summary>
public sealed class StudentErrorWordsTests
{
    [Fact]
    public async Task A_null_that_came_from_reading_the_empty_input_says_so()
    {
        var report = await Support.Grading.SourceAsync("03-hola-hilo", "var linea = Console.ReadLine();\nConsole.WriteLine(linea.Length);\n");

        var error = Assert.IsType<Grader.Checks.LocalizedText>(report.ProgramError);
        Assert.Contains("Se usó un valor null", error.Es, StringComparison.Ordinal);
        Assert.Contains("Console.ReadLine", error.Es, StringComparison.Ordinal);
        Assert.Contains("ReadLine returns null", error.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_with_no_input_read_does_not_mention_the_input()
    {
        var report = await Support.Grading.SourceAsync("03-hola-hilo", "string? texto = null;\nConsole.WriteLine(texto!.Length);\n");

        var error = Assert.IsType<Grader.Checks.LocalizedText>(report.ProgramError);
        Assert.Contains("Se usó un valor null", error.Es, StringComparison.Ordinal);
        Assert.DoesNotContain("ReadLine", error.Es, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_collection_changed_inside_its_foreach_is_explained()
    {
        var report = await Support.Grading.SourceAsync("03-hola-hilo", "var l = new List<int> { 1, 2 };\nforeach (var x in l) l.Add(x);\n");

        Assert.Contains("mientras un foreach la recorría", report.ProgramError?.Es, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exception_in_a_check_is_explained_too()
    {
        // Fine when the program calls it, throws when a check calls it again.
        var source = Support.Grading.SolutionWith("03-hola-hilo", "void HolaHilo()\n{", "int llamadas = 0;\nvoid HolaHilo()\n{\n    if (++llamadas > 1) _ = new Dictionary<int, int>()[1];");

        var report = await Support.Grading.SourceAsync("03-hola-hilo", source);

        Assert.Contains(report.Tests, t => t.Message?.Es.Contains("TryGetValue", StringComparison.Ordinal) == true);
    }
}
