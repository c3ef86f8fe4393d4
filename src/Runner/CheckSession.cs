using System.Diagnostics;
using System.Reflection;
using Grader.Checks;
using Grader.Checks.Code;
using Grader.Checks.Web;
using Grader.Protocol;

namespace Grader.Runner;

/// <summary>
/// Check mode: the student's top-level statements, then each check of the exercise, each reported as it ends.
/// Everything runs on the process's main thread, so a check sees the student's code as a console program would.
/// </summary>
/// <param name="children">The relaunches this runner follows; null where it cannot (then the checks' ChildRuns() fails).</param>
internal sealed class CheckSession(RunPlan plan, byte[] checksImage, ResultChannel channel, ConsoleTee console, ExampleSite? site, ChildRunLedger? children)
{
    public void Run()
    {
        var chain = new ScriptChain(length: 2);
        var student = chain.Load(plan.Student);
        var describer = new StudentErrorDescriber(student);
        var program = RunProgram(chain, student, describer);

        var checksClass = plan.ChecksClassName ?? throw new InvalidOperationException("Check mode needs the checks' assembly.");
        var checksAssembly = chain.Load(checksImage);
        // The runtime keeps its own copy: this one, with every expected answer in it, is wiped.
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(checksImage);
        var checks = chain.RunNext(checksAssembly, checksClass);

        var code = plan.CodeFactsJson is { } json ? CodeFactsJson.Deserialize(json) : CodeFacts.Empty;
        var context = new CheckContext(program, Environment.CurrentDirectory, code, console, site);
        var mapper = new VerdictMapper(describer);
        foreach (var (name, method) in Discover(checks.GetType()))
        {
            site?.Reset();
            channel.Send(new CheckStartedRecord(name));
            var buffer = console.Begin();
            var watch = Stopwatch.StartNew();
            WireVerdict verdict;
            try
            {
                verdict = VerdictMapper.FromVerdict(Invoke(method, checks, context));
            }
            catch (Exception exception) when (StudentErrorDescriber.Unwrap(exception) is OutOfMemoryException memory)
            {
                // The heap is at its limit: the run ends here, reported as such, rather than as this check's failure.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(memory).Throw();
                throw;
            }
            catch (Exception exception)
            {
                verdict = mapper.FromException(exception);
            }
            finally
            {
                console.End(buffer);
            }

            channel.Send(new CheckRecord(name, verdict, VerdictMapper.Cap(buffer.Text)!, watch.ElapsedMilliseconds));
        }
    }

    private ProgramRun RunProgram(ScriptChain chain, Assembly student, StudentErrorDescriber describer)
    {
        var buffer = console.Begin();
        StudentError? error = null;
        try
        {
            chain.RunNext(student, plan.Student.ScriptClassName);
        }
        catch (Exception exception) when (StudentErrorDescriber.Unwrap(exception) is not OutOfMemoryException)
        {
            error = describer.DescribeAnyway(exception);
        }
        finally
        {
            console.End(buffer);
        }

        // Taken before anything else: whether each relaunch had ended by now is the kernel's answer at this moment.
        var finished = children?.NoteProgramEnd() ?? DateTimeOffset.UtcNow;
        var output = buffer.Text;
        channel.Send(new ProgramRecord(VerdictMapper.Cap(output)!, console.Truncated, error));
        var failure = error is null ? null : VerdictMapper.Describe(error);
        return new ProgramRun(output, console.Truncated, failure is null ? null : new LocalizedText(failure.Es, failure.En), finished);
    }

    /// <summary>The checks in the order they are written in the file.</summary>
    private static IEnumerable<(string Name, MethodInfo Method)> Discover(Type checksType) =>
        checksType.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(m => (Attribute: m.GetCustomAttribute<CheckAttribute>(), Method: m))
            .Where(x => x.Attribute is not null)
            .OrderBy(x => x.Method.MetadataToken)
            .Select(x => (x.Attribute!.Name, x.Method));

    private static Verdict Invoke(MethodInfo method, object instance, CheckContext context)
    {
        object?[] arguments = method.GetParameters().Length == 1 ? [context] : [];
        var result = method.IsStatic ? method.Invoke(null, arguments) : method.Invoke(instance, arguments);
        return result switch
        {
            Verdict verdict => verdict,
            Task<Verdict> pending => pending.GetAwaiter().GetResult(),
            _ => throw new InvalidOperationException($"The check {method.Name} must return Verdict or Task<Verdict>."),
        };
    }
}
