namespace Grader.Checks;

public static class OutputLines
{
    /// <summary>Splits printed text into lines, accepting \n and \r\n, dropping the empty tail after a final newline.</summary>
    public static IReadOnlyList<string> Split(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
