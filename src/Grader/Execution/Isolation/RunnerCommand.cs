using System.Diagnostics;

namespace Grader.Execution.Isolation;

internal static class RunnerCommand
{
    public const string RunnerFile = "Grader.Runner.dll";

    public static void Append(ProcessStartInfo start, string runner, string plan, string pipeHandle) =>
        AppendAll(start, [runner, "--plan", plan, "--channel", pipeHandle]);

    public static void AppendAll(ProcessStartInfo start, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(start);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
    }
}
