using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Grader.Reporting;

/// <summary>A line diff of expected against actual text, as DiffPlex computes it.</summary>
internal static class LineDiff
{
    public static IReadOnlyList<(char Mark, string Line)> Compute(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false, ignoreCase: false);
        return diff.Lines.Select(line => (line.Type switch
        {
            ChangeType.Deleted => '-',
            ChangeType.Inserted => '+',
            _ => ' ',
        }, line.Text ?? "")).ToList();
    }
}
