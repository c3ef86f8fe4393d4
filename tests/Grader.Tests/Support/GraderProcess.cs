using System.Diagnostics;

namespace Grader.Tests.Support;

/// <summary>Runs the built <c>grader</c> command as a user would, and collects what it printed.</summary>
internal static class GraderProcess
{
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(TimeSpan.FromSeconds(90), workingDirectory, args);

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // In GitHub Actions every grader would enclose its output in a ::stop-commands:: region; the tests that want
        // that set the variable themselves.
        start.Environment.Remove("GITHUB_ACTIONS");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "grader.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(TimeSpan limit, string workingDirectory, params string[] args) =>
        RunAsync(StartInfo(workingDirectory, args), limit);

    /// <summary>Runs a start made by <see cref="StartInfo"/> and changed by the caller (its environment, say).</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(ProcessStartInfo start, TimeSpan limit)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
