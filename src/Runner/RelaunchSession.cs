using Grader.Checks;
using Grader.Protocol;

namespace Grader.Runner;

/// <summary>
/// A runner started by the student's own code to run their script in another process (exercise 04): it runs the
/// top-level statements like <c>grader run</c>, with no channel and no checks, and leaves a <see cref="ChildRun"/>
/// record for the checks of the runner that started it.
/// </summary>
internal sealed class RelaunchSession(RunPlan plan, ConsoleTee console)
{
    /// <summary>Variable that marks the runner a process descends from, and how deep the relaunches go.</summary>
    public const string RunnerVariable = "GRADER_RUNNER_PID";
    public const string DepthVariable = "GRADER_RELAUNCH_DEPTH";
    private const int MaxDepth = 2;

    /// <summary>True when this process was started by a runner's student code rather than by the grader.</summary>
    public static bool IsRelaunch =>
        Environment.GetEnvironmentVariable(RunnerVariable) is { } pid && pid != Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Marks this runner in its environment, which every process the student starts inherits.</summary>
    public static void MarkAsRunner()
    {
        Environment.SetEnvironmentVariable(RunnerVariable, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var depth = int.TryParse(Environment.GetEnvironmentVariable(DepthVariable), out var d) ? d : 0;
        Environment.SetEnvironmentVariable(DepthVariable, (depth + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public int Run()
    {
        var depth = int.TryParse(Environment.GetEnvironmentVariable(DepthVariable), out var d) ? d : 0;
        if (depth > MaxDepth)
        {
            Console.Error.WriteLine("grader: a process started by the submission started another one, and that one another: stopped here.");
            return 3;
        }

        MarkAsRunner();
        var started = DateTimeOffset.UtcNow;
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

        new ChildRun(Environment.ProcessId, ParentProcessId(), buffer.Text, started, DateTimeOffset.UtcNow, error).Save();
        return error is null ? 0 : 1;
    }

    /// <summary>The parent's id as the kernel knows it (Linux); null elsewhere.</summary>
    private static int? ParentProcessId()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
