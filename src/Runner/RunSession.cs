using Grader.Protocol;

namespace Grader.Runner;

/// <summary>Run mode: the student's script as the notebook cell would run it, output straight to stdout.</summary>
internal sealed class RunSession(RunPlan plan, ResultChannel channel)
{
    /// <summary>Returns the process exit code: 0 when the top-level statements ended normally.</summary>
    public int Run()
    {
        var chain = new ScriptChain(length: 1);
        var student = chain.Load(plan.Student);
        try
        {
            chain.RunNext(student, plan.Student.ScriptClassName);
            channel.Send(new ProgramRecord("", false, null));
            return 0;
        }
        catch (OutOfMemoryException)
        {
            throw;
        }
        catch (Exception exception)
        {
            channel.Send(new ProgramRecord("", false, new StudentErrorDescriber(student).DescribeAnyway(exception)));
            return 1;
        }
    }
}
