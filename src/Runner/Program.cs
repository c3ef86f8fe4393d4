using System.Globalization;
using System.Text;
using Grader.Checks.Web;
using Grader.Protocol;
using Grader.Runner;

// The child process of Grader: loads a compiled submission and runs it (and the exercise's checks), speaking
// to the host over the pipe whose handle it was given (see docs/architecture.md).
if (args.Length != 4 || args[0] != "--plan" || args[2] != "--channel")
{
    Console.Error.WriteLine("usage: Grader.Runner --plan PLAN.json --channel PIPE_HANDLE");
    return 2;
}

// A relaunch makes itself non-dumpable later (RelaunchSession): its parent must first read its /proc entries.
var relaunch = RelaunchSession.IsRelaunch;
if (!relaunch)
{
    CloseOnExec.HideMemory();
}

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var plan = ProtocolJson.DeserializePlan(File.ReadAllText(args[1])) ?? throw new InvalidDataException("Empty plan.");
var utf8 = new UTF8Encoding(false);
var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true, NewLine = "\n" };
var tee = new ConsoleTee(stdout, plan.OutputCaptureLimit);
Console.SetOut(tee);
Console.SetError(new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true, NewLine = "\n" });

if (relaunch)
{
    // Started by the student's own code with this runner's command line: run their script, nothing more.
    return new RelaunchSession(plan, tee).Run();
}

// The host's secret for this run comes first on stdin, then (check mode) the checks' assembly in base64;
// nothing after them is for the student's code.
var (key, checksImage) = HostInput.Read();
Console.SetIn(EmptyInput.Instance);
RelaunchSession.MarkAsRunner();
CloseOnExec.Set(args[3]);
using var channel = new ResultChannel(args[3], key);
channel.Send(new HelloRecord(HelloRecord.CurrentVersion));

AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    // A thread of the student's threw and nobody caught it: the runtime ends the process after this.
    var exception = e.ExceptionObject as Exception ?? new InvalidOperationException("Unknown failure.");
    var kind = exception is OutOfMemoryException ? FaultKind.OutOfMemory : FaultKind.UnhandledException;
    channel.Send(new FaultRecord(kind, exception.GetType().FullName + ": " + exception.Message));
};

// Before any of the student's code loads: the relaunches it starts report here, verified by the kernel.
var children = plan.Mode == RunMode.Check ? new ChildRunLedger() : null;
using var listener = children is null ? null : ChildRunListener.Start(children);
if (listener is not null)
{
    Grader.Checks.ChildRun.Source = children!.Snapshot;
}

using var site = plan.Site is { } settings ? ExampleSite.Start(TimeSpan.FromMilliseconds(settings.LatencyMilliseconds)) : null;
Environment.SetEnvironmentVariable(ExamplePage.EnvironmentVariable, site?.Url.ToString().TrimEnd('/'));

try
{
    if (plan.Mode == RunMode.Run)
    {
        var code = new RunSession(plan, channel).Run();
        channel.Send(new DoneRecord());
        // Returning (not exiting) lets foreground threads finish, as they would in a real program.
        return code;
    }

    new CheckSession(plan, checksImage, channel, tee, site, listener is null ? null : children).Run();
    channel.Send(new DoneRecord());
}
catch (OutOfMemoryException exception)
{
    channel.Send(new FaultRecord(FaultKind.OutOfMemory, exception.Message));
    Environment.Exit(3);
}

// Exit now: a foreground thread the student left running must not keep the process alive.
tee.Flush();
Environment.Exit(0);
return 0;
