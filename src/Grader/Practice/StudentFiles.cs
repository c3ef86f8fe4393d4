using System.Security.Cryptography;
using System.Text;
using Grader.Compilation;
using Grader.Exercises;
using Grader.Grading;
using Grader.Reporting;

namespace Grader.Practice;

/// <summary>
/// A student's working folder: each exercise's file is named after it, <c>03-hola-hilo.csx</c> or
/// <c>03-hola-hilo.cs</c> (what <c>grader empezar</c> writes). Only these exact names count: unlike a class's inbox,
/// a student's own folder holds what they named themselves, so a guess would only hide a typo.
/// </summary>
internal static class StudentFiles
{
    public static readonly string[] Extensions = [".cs", ".csx"];

    /// <summary>The names that are this exercise's file.</summary>
    public static IEnumerable<string> NamesOf(Exercise exercise) => Extensions.Select(e => exercise.Id + e);

    /// <summary>
    /// The exercise's file in the folder, or null. With both extensions present, the one written last: a student
    /// moving from the script to the program keeps editing the new one.
    /// </summary>
    public static string? Find(string folder, Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return NamesOf(exercise)
            .Select(name => Path.Combine(folder, name))
            .Where(path => File.Exists(path) && !SubmissionFile.IsSpecial(path))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault();
    }

    /// <summary>True when a file name in the folder is one of the exercise's names.</summary>
    public static bool IsFileOf(string? name, Exercise exercise) =>
        name is not null && NamesOf(exercise).Contains(Path.GetFileName(name), StringComparer.Ordinal);

    /// <summary>
    /// The file's text and the SHA-256 of its bytes, both from one read, so the hash is of the text graded. A missing,
    /// unreadable or oversized file is bad input in one line, as for <c>grader check</c>.
    /// </summary>
    public static SourceFileAndHash Read(string path)
    {
        byte[] bytes;
        if (SubmissionFile.IsSpecial(path))
        {
            // Swapped for a FIFO after it was found: opening it would wait for a writer, deaf to q and Ctrl-C.
            throw new BadInputException(UiText.Say($"«{path}» no es un archivo normal: no se lee.", $"'{path}' is not a regular file: it is not read."));
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > SubmissionFile.MaxBytes)
            {
                throw new BadInputException(UiText.Say($"El archivo «{path}» pasa de {SubmissionFile.MaxBytes / 1024} KB: eso no es un script.", $"The file '{path}' is larger than {SubmissionFile.MaxBytes / 1024} KB: that is not a script."));
            }

            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(UiText.Say($"No se puede leer «{path}»: {e.Message}", $"Cannot read '{path}': {e.Message}"));
        }

        // As File.ReadAllText reads a submission: a BOM is honoured, bytes that are not UTF-8 become U+FFFD (GR0014).
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return new SourceFileAndHash(new SourceFile(Path.GetFileName(path), reader.ReadToEnd()), Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>True when the text is the exercise's stub as handed out: nothing to grade yet.</summary>
    public static bool IsStub(Exercise exercise, string text)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(text);
        return File.Exists(exercise.TemplatePath) && Normal(File.ReadAllText(exercise.TemplatePath)) == Normal(text);
    }

    private static string Normal(string text) => text.ReplaceLineEndings("\n").Trim();
}

/// <summary>A student's file as read once: its text, and the SHA-256 of the bytes that text came from.</summary>
internal sealed record SourceFileAndHash(SourceFile Source, string Sha256);
