using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Compilation;

/// <summary>What a student's file must be before compiling it means anything: UTF-8 text, with some code in it.</summary>
internal static class StudentText
{
    /// <summary>
    /// Bytes that are not UTF-8 were read as U+FFFD: a file saved as Windows-1252 ("ANSI") or Latin-1, whose
    /// <c>¡Hola</c> would print as <c>�Hola</c> and fail the exact-output checks with no visible cause.
    /// </summary>
    public static CompilerMessage? FirstUndecodable(SourceFile student)
    {
        ArgumentNullException.ThrowIfNull(student);
        var at = student.Text.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var text = SourceText.From(student.Text);
        var position = text.Lines.GetLinePosition(at);
        var line = position.Line + 1;
        return new CompilerMessage(
            student.DisplayName, line, position.Character + 1, "GR0014",
            $"El archivo no está guardado en UTF-8: lo que hay en la línea {line} se leería mal (¡, ¿, las tildes y la ñ se pierden, y la salida no coincidiría). "
                + "Guárdalo como UTF-8 (VS Code: haz clic en la codificación de la barra de estado, «Save with Encoding», «UTF-8»; Bloc de notas: «Guardar como», Codificación «UTF-8») y vuelve a probar.",
            $"The file is not saved as UTF-8: what is on line {line} would be read wrong (¡, ¿, accents and ñ are lost, and the output would not match). "
                + "Save it as UTF-8 (VS Code: click the encoding in the status bar, 'Save with Encoding', 'UTF-8'; Notepad: 'Save as', Encoding 'UTF-8') and try again.",
            Shortened(text.Lines[position.Line].ToString()));
    }

    /// <summary>No statement, member or type: an empty file, or one of comments and usings alone.</summary>
    public static CompilerMessage? IsEmpty(SyntaxTree tree, SourceFile student)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(student);
        if (tree.GetCompilationUnitRoot().Members.Count > 0)
        {
            return null;
        }

        return new CompilerMessage(
            student.DisplayName, 1, 1, "GR0013",
            "Tu archivo no tiene código: está vacío o solo tiene comentarios. Parte de la plantilla del ejercicio (plantilla.csx) y completa las funciones marcadas con «// completa».",
            "Your file has no code: it is empty or only comments. Start from the exercise's stub (plantilla.csx) and fill in the functions marked '// completa'.",
            "");
    }

    private static string Shortened(string line) => line.Length <= 200 ? line : line[..200] + "…";
}
