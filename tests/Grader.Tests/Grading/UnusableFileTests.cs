using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>A file that cannot be graded as written says what is wrong with the file, not "0 errors".</summary>
public sealed class UnusableFileTests
{
    [Theory]
    [InlineData("")]
    [InlineData("// Aquí irá mi solución.\n/* más tarde */\n")]
    [InlineData("using System.Threading;\n")]
    public async Task An_empty_or_comment_only_file_is_told_it_has_no_code(string source)
    {
        var report = await Support.Grading.SourceAsync("03-hola-hilo", source);

        Assert.Equal((GradeStatus.Error, FailureReason.CompileError), (report.Status, report.Reason));
        Assert.Contains("no tiene código", report.Message.Es, StringComparison.Ordinal);
        Assert.DoesNotContain("0 errores", report.Message.Es, StringComparison.Ordinal);
        Assert.Equal("GR0013", Assert.Single(report.CompilerMessages).Id);
    }

    [Fact]
    public async Task A_file_saved_as_windows_1252_is_told_to_be_saved_as_utf8_with_its_line()
    {
        // The bundled solution of 03 with a line that prints ¡Hola, saved as Windows "ANSI": ¡ is the byte 0xA1.
        var solution = File.ReadAllText(RepoPaths.Exercise("03-hola-hilo", "solucion.csx"));
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "ansi.csx");
        var text = solution + "\nConsole.WriteLine(\"¡Hola\");\n";
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes(text));
        // The first line with a character outside ASCII: the solution's own accents, or the ¡ at the end.
        var line = text.ReplaceLineEndings("\n").Split('\n').ToList().FindIndex(l => l.Any(c => c > 127)) + 1;

        var report = await Support.Grading.FileAsync("03-hola-hilo", path);

        Assert.Equal((GradeStatus.Error, FailureReason.CompileError), (report.Status, report.Reason));
        Assert.Contains("UTF-8", report.Message.Es, StringComparison.Ordinal);
        var message = Assert.Single(report.CompilerMessages);
        Assert.Equal(("GR0014", line), (message.Id, message.Line));
    }

    [Fact]
    public async Task The_same_file_saved_as_utf8_passes()
    {
        var solution = File.ReadAllText(RepoPaths.Exercise("03-hola-hilo", "solucion.csx"));

        var report = await Support.Grading.SourceAsync("03-hola-hilo", solution + "\nConsole.WriteLine(\"¡Hola\");\n");

        Assert.Equal(GradeStatus.Pass, report.Status);
    }
}
