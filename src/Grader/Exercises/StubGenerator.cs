using System.Text;

namespace Grader.Exercises;

/// <summary>
/// Makes the student's stub from the reference solution, as nbgrader makes the student version: every block
/// between <c>// INICIO SOLUCIÓN</c> and <c>// FIN SOLUCIÓN</c> becomes <c>// completa</c> and a
/// <c>throw new NotImplementedException();</c> at the block's indentation.
/// </summary>
internal static class StubGenerator
{
    public const string BeginMarker = "// INICIO SOLUCIÓN";
    public const string EndMarker = "// FIN SOLUCIÓN";

    public static string FromSolution(string solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var stub = new StringBuilder();
        var inside = false;
        var lineNumber = 0;
        foreach (var line in solution.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed == BeginMarker)
            {
                if (inside)
                {
                    throw new InvalidExerciseException($"line {lineNumber}: '{BeginMarker}' inside another solution block");
                }

                inside = true;
                var indent = line[..(line.Length - line.TrimStart().Length)];
                stub.Append(indent).Append("// completa\n");
                stub.Append(indent).Append("throw new NotImplementedException();\n");
            }
            else if (trimmed == EndMarker)
            {
                if (!inside)
                {
                    throw new InvalidExerciseException($"line {lineNumber}: '{EndMarker}' without '{BeginMarker}'");
                }

                inside = false;
            }
            else if (!inside)
            {
                stub.Append(line).Append('\n');
            }
        }

        if (inside)
        {
            throw new InvalidExerciseException($"'{BeginMarker}' is never closed with '{EndMarker}'");
        }

        return stub.ToString(0, stub.Length - 1);
    }
}
