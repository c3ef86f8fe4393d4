using System.Diagnostics;

namespace Grader.Tests.Packaging;

/// <summary>What a command printed and how it ended.</summary>
internal sealed record CommandResult(int ExitCode, string Stdout, string Stderr)
{
    public string Describe(string command) => $"`{command}` exited {ExitCode}.\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Starts commands as a user's shell would, never leaving one running.</summary>
internal static class Shell
{
    public static Task<CommandResult> BashAsync(string line, string directory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout) =>
        RunAsync("bash", ["-c", line], directory, environment, timeout);

    public static async Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, string directory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // dotnet test hands its own MSBuild and VSTest settings down to the test host: a pack started from here would
        // build inside the test run's settings instead of a user's.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        // A build server would outlive the test.
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"`{program} {string.Join(' ', start.ArgumentList)}` did not end within {timeout}.");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        return new CommandResult(process.ExitCode, await stdout, await stderr);
    }
}
