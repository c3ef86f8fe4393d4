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

        if (IsSpecial(path))
        {
            throw new BadInputException(UiText.Say(
                $"«{path}» no es un archivo normal (es una FIFO, un socket o un dispositivo): no se lee.",
                $"'{path}' is not a regular file (a FIFO, a socket or a device): it is not read."));
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

    /// <summary>
    /// True for a FIFO, a socket or a device, itself or at the end of its links: opening a FIFO waits for a writer
    /// forever, and its length cannot be asked.
    /// </summary>
    public static bool IsSpecial(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        return Batch.FileKinds.Of(target).Kind == Batch.InboxFileKind.Special;
    }
}
