using Grader.Reporting;

namespace Grader.Grading;

/// <summary>A student's file read from disk; a missing or unreadable file is bad input, reported in one line.</summary>
internal static class SubmissionFile
{
    public const long MaxBytes = 1024 * 1024;

    public static Compilation.SourceFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new BadInputException(UiText.Say($"«{path}» es una carpeta, no un archivo .csx ni .cs.", $"'{path}' is a folder, not a .csx or .cs file."));
        }

        if (!File.Exists(path))
        {
            throw new BadInputException(UiText.Say($"El archivo «{path}» no existe.", $"The file '{path}' does not exist."));
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            throw new BadInputException(UiText.Say($"El archivo «{path}» pasa de {MaxBytes / 1024} KB: eso no es un script.", $"The file '{path}' is larger than {MaxBytes / 1024} KB: that is not a script."));
        }

        try
        {
            return new Compilation.SourceFile(Path.GetFileName(path), File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(UiText.Say($"No se puede leer «{path}»: {e.Message}", $"Cannot read '{path}': {e.Message}"));
        }
    }
}
