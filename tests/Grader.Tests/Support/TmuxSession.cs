using System.Diagnostics;

namespace Grader.Tests.Support;

/// <summary>
/// A terminal for a test: one program in a detached tmux session on a server of its own (<c>tmux -L</c>, a private
/// socket), so that nothing the test does reaches another tmux. Disposing kills that server and with it everything it
/// started.
/// </summary>
internal sealed class TmuxSession : IDisposable
{
    private readonly string socket = "grader-test-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string socketPath;

    /// <summary>tmux on the PATH, or null.</summary>
    public static string? Executable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, "tmux"))
        .FirstOrDefault(File.Exists);

    /// <summary>Starts the program (its arguments quoted for the shell tmux runs it with), then keeps the pane open.</summary>
    public TmuxSession(string workingDirectory, int width, int height, params string[] command)
    {
        var line = string.Join(' ', command.Select(Quote));
        // After the program, its exit code on the screen, and a pane that stays for the test to read it.
        Tmux("new-session", "-d", "-x", $"{width}", "-y", $"{height}", "-c", workingDirectory, $"{line}; echo \"salida=$?\"; sleep 600");
        try
        {
            socketPath = Tmux("display-message", "-p", "#{socket_path}").Trim();
        }
        catch (InvalidOperationException)
        {
            // The program ended before it could be looked at: nothing may stay behind (Dispose is never called).
            socketPath = "";
            Dispose();
            throw;
        }
    }

    /// <summary>The visible screen, wrapped lines joined.</summary>
    public string Screen() => Tmux("capture-pane", "-p", "-J");

    public void Press(string key) => Tmux("send-keys", key);

    /// <summary>Waits until the screen shows the text; fails with the screen when it does not within the limit.</summary>
    public async Task<string> WaitForAsync(string text, TimeSpan? limit = null)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var screen = Screen();
            if (screen.Contains(text, StringComparison.Ordinal))
            {
                return screen;
            }

            if (watch.Elapsed > (limit ?? TimeSpan.FromSeconds(90)))
            {
                Assert.Fail($"The screen did not show «{text}» within {watch.Elapsed.TotalSeconds:F0} s. It shows:\n{screen}");
            }

            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        try
        {
            Tmux("kill-server");
        }
        catch (InvalidOperationException)
        {
            // The server already ended with its last session.
        }

        // A server killed leaves its socket file behind.
        if (socketPath.Length > 0)
        {
            File.Delete(socketPath);
        }
    }

    private string Tmux(params string[] args)
    {
        var start = new ProcessStartInfo(Executable ?? "tmux")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(socket);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The server takes the environment of the client that starts it: no workflow commands, a terminal type.
        start.Environment.Remove("GITHUB_ACTIONS");
        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? stdout : throw new InvalidOperationException($"tmux {string.Join(' ', args)}: {stderr}");
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
