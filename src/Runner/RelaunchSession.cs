using System.Globalization;
using Grader.Protocol;

namespace Grader.Runner;

/// <summary>
/// A runner started by the student's own code to run their script in another process (exercise 04): it runs the
/// top-level statements like <c>grader run</c>, with no result channel and no checks. In check mode it first has
/// itself verified by the runner that started it (<see cref="ChildReporter"/>), and runs the script only then,
/// reporting what it printed at the end; a relaunch nobody verified does not run the student's code at all, so no
/// such code ever runs in a process whose pid the grading runner would believe.
/// </summary>
internal sealed class RelaunchSession(RunPlan plan, ConsoleTee console)
{
    /// <summary>Variable that marks the runner a process descends from, and how deep the relaunches go.</summary>
    public const string RunnerVariable = "GRADER_RUNNER_PID";
    public const string DepthVariable = "GRADER_RELAUNCH_DEPTH";
    private const int MaxDepth = 2;

    /// <summary>True when this process was started by a runner's student code rather than by the grader.</summary>
    public static bool IsRelaunch =>
        Environment.GetEnvironmentVariable(RunnerVariable) is { } pid && pid != Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Marks this runner in its environment, which every process the student starts inherits.</summary>
    public static void MarkAsRunner()
    {
        Environment.SetEnvironmentVariable(RunnerVariable, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var depth = int.TryParse(Environment.GetEnvironmentVariable(DepthVariable), out var d) ? d : 0;
        Environment.SetEnvironmentVariable(DepthVariable, (depth + 1).ToString(CultureInfo.InvariantCulture));
    }

    public int Run()
    {
        var depth = int.TryParse(Environment.GetEnvironmentVariable(DepthVariable), out var d) ? d : 0;
        if (depth > MaxDepth)
        {
            CloseOnExec.HideMemory();
            Console.Error.WriteLine("grader: a process started by the submission started another one, and that one another: stopped here.");
            return 3;
        }

        // Connected while still dumpable: the parent reads this process's /proc entries to verify it.
        using var reporter = plan.Mode == RunMode.Check ? ChildReporter.Connect() : null;
        CloseOnExec.HideMemory();
        if (plan.Mode == RunMode.Check && reporter is null)
        {
            Console.Error.WriteLine("grader: the runner that grades did not verify this process as a relaunch of the script it grades (as its direct child, on Linux): the script does not run here.");
            return 3;
        }

        MarkAsRunner();
        var chain = new ScriptChain(length: 1);
        var student = chain.Load(plan.Student);
        var buffer = console.Begin();
        string? error = null;
        try
        {
            chain.RunNext(student, plan.Student.ScriptClassName);
        }
        catch (Exception exception) when (StudentErrorDescriber.Unwrap(exception) is not OutOfMemoryException)
        {
            var described = new StudentErrorDescriber(student).DescribeAnyway(exception);
            error = VerdictMapper.Describe(described).En;
            Console.Error.WriteLine(error);
        }
        finally
        {
            console.End(buffer);
        }

        reporter?.Send(new ChildReport(buffer.Text, error));
        return error is null ? 0 : 1;
    }
}
