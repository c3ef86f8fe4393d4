using Grader.Execution;
using Grader.Exercises;
using Grader.Grading;
using Grader.Protocol;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// A record the runner did not write shows up as a break in the order it writes in, key or no key: the runner goes
/// on to write its own records after a forged one. A forgery is graded forbidden with no points, never a pass.
/// </summary>
public sealed class RecordOrderTests
{
    private static readonly string[] Declared = ["a", "b"];
    private static readonly RunLimits Limits = new(TimeSpan.FromSeconds(10), 256L * 1024 * 1024, 64 * 1024);

    private static ChannelRecord Pass(string name) => new CheckRecord(name, new WireVerdict { Status = WireStatus.Pass }, "", 1);

    private static IReadOnlyList<ChannelRecord> Genuine() =>
    [
        new HelloRecord(1), new ProgramRecord("", false, null),
        new CheckStartedRecord("a"), Pass("a"), new CheckStartedRecord("b"), Pass("b"), new DoneRecord(),
    ];

    [Fact]
    public void The_runner_s_own_order_and_any_prefix_of_it_are_whole()
    {
        var records = Genuine();

        for (var length = 0; length <= records.Count; length++)
        {
            Assert.Equal(0, RecordOrder.Violations(records.Take(length).ToList(), Declared));
        }

        Assert.Equal(0, RecordOrder.Violations([new HelloRecord(1), new ProgramRecord("", false, null), new CheckStartedRecord("a"), new FaultRecord(FaultKind.OutOfMemory, "")], Declared));
        Assert.Equal(0, RecordOrder.Violations([.. records, new FaultRecord(FaultKind.UnhandledException, "")], Declared));
    }

    public static TheoryData<string, ChannelRecord[]> Forgeries() => new()
    {
        // The forged records come first, as they would from the student's top level; the runner's follow.
        { "all checks passed before the program ended", [new HelloRecord(1), Pass("a"), Pass("b"), new DoneRecord(), new ProgramRecord("", false, null), new CheckStartedRecord("a"), Pass("a")] },
        { "a second program record", [new HelloRecord(1), new ProgramRecord("", false, null), new ProgramRecord("", false, null)] },
        { "a check reported without its start", [new HelloRecord(1), new ProgramRecord("", false, null), new CheckStartedRecord("a"), Pass("b")] },
        { "a check reported twice", [new HelloRecord(1), new ProgramRecord("", false, null), new CheckStartedRecord("a"), Pass("a"), Pass("a")] },
        { "a check started twice", [new HelloRecord(1), new ProgramRecord("", false, null), new CheckStartedRecord("a"), Pass("a"), new CheckStartedRecord("a")] },
        { "a check the exercise does not declare", [new HelloRecord(1), new ProgramRecord("", false, null), new CheckStartedRecord("z"), Pass("z")] },
        { "records after done", [.. Genuine(), new CheckStartedRecord("b")] },
        { "done while a check runs", [new HelloRecord(1), new ProgramRecord("", false, null), new CheckStartedRecord("a"), new DoneRecord()] },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public void A_break_in_the_order_is_counted(string what, ChannelRecord[] records)
    {
        Assert.True(RecordOrder.Violations(records, Declared) > 0, what);
    }

    [Fact]
    public void A_forged_order_is_graded_forbidden_with_no_points()
    {
        var exercise = new ExerciseCatalog(Path.Combine(RepoPaths.Root, "exercises")).Find("03-hola-hilo");
        var names = exercise.Metadata.Checks.Select(c => c.Name).ToList();
        List<ChannelRecord> forged = [new HelloRecord(1), .. names.Select(Pass), new ProgramRecord("", false, null), new CheckStartedRecord(names[0]), Pass(names[0])];
        var compiled = new Grader.Compilation.CompiledSubmission([], [], Grader.Checks.Code.CodeFacts.Empty, []) { CheckNames = names };
        var result = new SandboxResult(Termination.Exited, 0, forged, new CapturedText("", 0, false), new CapturedText("", 0, false), TimeSpan.FromSeconds(1));

        var report = ReportBuilder.Ran(exercise, "a.csx", compiled, result, RunMode.Check, Limits, TimeSpan.FromSeconds(1));

        Assert.Equal((GradeStatus.Error, FailureReason.Forbidden, 0), (report.Status, report.Reason, report.Score));
    }

    [Fact]
    public void A_done_followed_by_a_crash_is_not_a_pass()
    {
        var ended = new SandboxResult(Termination.Exited, 134, Genuine(), new CapturedText("", 0, false), new CapturedText("", 0, false), TimeSpan.FromSeconds(1));

        Assert.Equal(FailureReason.Crash, AbnormalEnd.Diagnose(ended, Limits, null, forged: 0, cleanExit: true)?.Reason);
        Assert.Null(AbnormalEnd.Diagnose(ended, Limits, null, forged: 0, cleanExit: false));
        Assert.Null(AbnormalEnd.Diagnose(ended with { ExitCode = 0 }, Limits, null, forged: 0, cleanExit: true));
    }
}
