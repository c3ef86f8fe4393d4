namespace Grader.Exercises;

/// <summary>
/// An exercise's script as a .NET file-based app (<c>dotnet run 01-es-vs-cpu.cs</c>), which editors understand and
/// scripts are not. The bundled scripts are written to be valid both ways (top-level statements before any type,
/// no script-only fields), so only the header's commands change: a test compiles every one as a regular program.
/// </summary>
internal static class FileBasedApp
{
    public const string Extension = ".cs";

    /// <summary>The extensions a student's file may have: a script or a file-based app, graded alike.</summary>
    public static readonly string[] SubmissionExtensions = [".csx", Extension];

    public static bool IsSubmissionName(string fileName) =>
        SubmissionExtensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static string FileName(string exerciseId) => exerciseId + Extension;

    /// <summary>
    /// The script with its header telling the .cs commands: "TU-ARCHIVO.csx" becomes the app's own file name, and a
    /// line says how to run it without the grader. Only the leading comment lines are touched.
    /// </summary>
    public static string FromScript(string script, string exerciseId)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(exerciseId);
        var newline = script.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = script.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.TakeWhile(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Count();
        var file = FileName(exerciseId);
        for (var i = 0; i < header; i++)
        {
            lines[i] = lines[i].Replace("TU-ARCHIVO.csx", file, StringComparison.Ordinal);
        }

        var run = $"// Ejecútalo con:  dotnet run {file}";
        var tryLine = lines.Take(header).ToList().FindIndex(l => l.StartsWith("// Pruébalo con:", StringComparison.Ordinal));
        lines.Insert(tryLine >= 0 ? tryLine : Math.Min(1, header), run);
        return string.Join(newline, lines);
    }
}
