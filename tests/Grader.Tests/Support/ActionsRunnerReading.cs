namespace Grader.Tests.Support;

/// <summary>
/// One stream of a step's output as the GitHub Actions runner reads it for workflow commands, after actions/runner's
/// ActionCommandManager.TryProcessCommand and ActionCommand: each line (StreamReader.ReadLine's) is tried as
/// "::name props::data" once its leading white space is trimmed, then as the old "##[name props]data" anywhere in it;
/// after "::stop-commands::TOKEN" nothing is obeyed until a command named TOKEN.
/// </summary>
internal static class ActionsRunnerReading
{
    /// <summary>The commands the runner knows; any other name is not a command at all.</summary>
    private static readonly string[] Known =
    [
        "error", "warning", "notice", "debug", "group", "endgroup", "echo", "add-mask", "set-output", "save-state",
        "set-env", "add-path", "add-matcher", "remove-matcher", "stop-commands", "internal-set-repo-path",
    ];

    /// <summary>A line and how the runner took it: read while commands were stopped, and the command it obeyed, if any.</summary>
    internal sealed record Line(string Text, bool Stopped, string? Obeyed, string? Data);

    public static List<Line> Read(string output)
    {
        var lines = new List<Line>();
        string? token = null;
        using var reader = new StringReader(output);
        while (reader.ReadLine() is { } text)
        {
            var command = Parse(text, token);
            if (token is not null)
            {
                var resumes = string.Equals(command?.Name, token, StringComparison.OrdinalIgnoreCase);
                lines.Add(new Line(text, Stopped: true, resumes ? command!.Value.Name : null, command?.Data));
                token = resumes ? null : token;
            }
            else
            {
                lines.Add(new Line(text, Stopped: false, command?.Name, command?.Data));
                token = command?.Name == "stop-commands" ? command.Value.Data : null;
            }
        }

        return lines;
    }

    private static (string Name, string Data)? Parse(string line, string? token) =>
        ParseV2(line.TrimStart(), token) ?? ParseV1(line, token);

    private static (string Name, string Data)? ParseV2(string line, string? token)
    {
        if (!line.StartsWith("::", StringComparison.Ordinal) || line.IndexOf("::", 2, StringComparison.Ordinal) is not (var end and >= 0))
        {
            return null;
        }

        var name = line[2..end].Split(' ')[0];
        return IsCommand(name, token) ? (name, line[(end + 2)..]) : null;
    }

    private static (string Name, string Data)? ParseV1(string line, string? token)
    {
        var start = line.IndexOf("##[", StringComparison.Ordinal);
        if (start < 0 || line.IndexOf(']', start) is not (var end and >= 0))
        {
            return null;
        }

        var name = line[(start + 3)..end].Split(' ')[0];
        return IsCommand(name, token) ? (name, line[(end + 1)..]) : null;
    }

    private static bool IsCommand(string name, string? token) => Known.Contains(name, StringComparer.Ordinal) || name == token;
}
