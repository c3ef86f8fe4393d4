using Grader.Checks.Code;
using Grader.Checks.Web;

namespace Grader.Checks;

/// <summary>Everything a check can use besides the student's functions, which it calls directly.</summary>
public sealed class CheckContext(
    ProgramRun program,
    string workDirectory,
    CodeFacts code,
    IConsoleCapture console,
    ExampleSite? site)
{
    /// <summary>The student's top-level statements: what they printed and whether they ended normally.</summary>
    public ProgramRun Program { get; } = program;

    /// <summary>The folder the program ran in; files it wrote with relative paths are here.</summary>
    public string WorkDirectory { get; } = workDirectory;

    /// <summary>Facts about the student's source read by the compiler (which function calls which, on what line).</summary>
    public CodeFacts Code { get; } = code;

    /// <summary>The local stand-in for www.example.com, when the exercise has one.</summary>
    public ExampleSite Site => site ?? throw new InvalidOperationException("This exercise declares no web server in its metadata.");

    /// <summary>The cores this run was given: a speedup can only be measured with two or more.</summary>
    public static int ProcessorCount => Environment.ProcessorCount;

    /// <summary>Calls the student's code and returns what it printed meanwhile, from any of its threads.</summary>
    public CapturedCall Capture(Action action) => console.Capture(action);

    /// <summary>
    /// Calls the student's code making every console write from another thread wait <paramref name="delay"/>
    /// first: a thread that the code does not wait for shows its output late, however fast the machine.
    /// </summary>
    public CapturedCall CaptureWithSlowThreads(Action action, TimeSpan delay) => console.CaptureWithSlowThreads(action, delay);

    /// <summary>
    /// Calls the student's code and keeps collecting its output until <paramref name="finished"/> holds or
    /// <paramref name="patience"/> runs out: times work that threads finish after the call returned.
    /// </summary>
    public CapturedCall CaptureUntil(Action action, Func<string, bool> finished, TimeSpan patience) =>
        console.CaptureUntil(action, finished, patience);

    /// <summary>The processes the student's code started to run its own script again, that have ended so far.</summary>
    public static IReadOnlyList<ChildRun> ChildRuns() => ChildRun.ReadAll();

    /// <summary>Ends the check unless the top-level statements ran to the end.</summary>
    public void RequireProgramCompleted()
    {
        if (Program.Failure is { } failure)
        {
            throw new CheckFailedException(Verdict.Fail(
                "Tu programa no terminó: " + LowerFirst(failure.Es),
                "Your program did not finish: " + LowerFirst(failure.En)));
        }
    }

    private static string LowerFirst(string text) =>
        text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    public string PathInWorkDirectory(string relativePath) => Path.Combine(WorkDirectory, relativePath);
}
