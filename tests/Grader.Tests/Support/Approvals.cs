using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Grader.Tests.Support;

/// <summary>
/// Approval files: the text a test produces is compared with <c>&lt;name&gt;.verified.txt</c> next to the test.
/// Run the tests with GRADER_ACCEPT=1 to write the received text as the new approved one, then review the diff.
/// </summary>
internal static partial class Approvals
{
    public static void Verify(string received, string name, [CallerFilePath] string testFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(testFile)!, name + ".verified.txt");
        received = Normalize(received);
        if (Environment.GetEnvironmentVariable("GRADER_ACCEPT") == "1")
        {
            File.WriteAllText(path, received);
            return;
        }

        Assert.True(File.Exists(path), $"No approved text yet at {path}. Received:\n{received}\nRun with GRADER_ACCEPT=1 to approve it.");
        var approved = Normalize(File.ReadAllText(path));
        Assert.True(approved == received, $"Text differs from {path}.\n--- approved\n{approved}\n--- received\n{received}\nRun with GRADER_ACCEPT=1 to approve the received text.");
    }

    /// <summary>Line endings and trailing spaces do not count; neither do measured times.</summary>
    private static string Normalize(string text) =>
        Seconds().Replace(string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).TrimEnd() + "\n", "{s}");

    [GeneratedRegex(@"\d+[.,]\d{4}(?= s)")]
    private static partial Regex Seconds();
}
