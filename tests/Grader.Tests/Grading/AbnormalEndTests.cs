using Grader.Execution;
using Grader.Exercises;
using Grader.Grading;
using Grader.Protocol;

namespace Grader.Tests.Grading;

/// <summary>How a run that ended early is told: whose doing it was decides the reason.</summary>
public sealed class AbnormalEndTests
{
    private static readonly RunLimits Limits = new(TimeSpan.FromSeconds(10), 256L * 1024 * 1024, 64 * 1024);

    [Fact]
    public void A_sigkill_from_neither_the_grader_nor_the_cgroup_is_not_the_students_grade()
    {
        var end = AbnormalEnd.Diagnose(Ended(137), Limits, "salida_programa", forged: 0, cleanExit: true);

        Assert.NotNull(end);
        Assert.Equal(FailureReason.Internal, end.Reason);
        Assert.Contains("SIGKILL", end.Message.Es, StringComparison.Ordinal);
        Assert.Contains("«salida_programa»", end.Message.Es, StringComparison.Ordinal);
        Assert.Contains("not your fault", end.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grader_s_and_the_cgroup_s_kills_keep_their_own_reasons()
    {
        Assert.Equal(FailureReason.MemoryLimit, AbnormalEnd.Diagnose(Ended(137) with { MemoryExceeded = true }, Limits, null, forged: 0, cleanExit: true)!.Reason);
        Assert.Equal(FailureReason.Timeout, AbnormalEnd.Diagnose(Ended(137) with { Termination = Termination.TimedOut }, Limits, null, forged: 0, cleanExit: true)!.Reason);
        Assert.Equal(FailureReason.OutputLimit, AbnormalEnd.Diagnose(Ended(137) with { Termination = Termination.OutputLimit }, Limits, null, forged: 0, cleanExit: true)!.Reason);
    }

    [Fact]
    public void Other_early_ends_are_the_program_s_crash()
    {
        var overflow = AbnormalEnd.Diagnose(Ended(134, "Stack overflow.\n   at Alumno.Fib(Int32)\n   at Alumno.Fib(Int32)\n"), Limits, null, forged: 0, cleanExit: true);
        var other = AbnormalEnd.Diagnose(Ended(1, "algo salió mal\n"), Limits, null, forged: 0, cleanExit: true);

        Assert.Equal(FailureReason.Crash, overflow!.Reason);
        Assert.Contains("Fib", overflow.Message.Es, StringComparison.Ordinal);
        Assert.Equal(FailureReason.Crash, other!.Reason);
        Assert.Contains("código de salida 1", other.Message.Es, StringComparison.Ordinal);
        Assert.Contains("«algo salió mal»", other.Message.Es, StringComparison.Ordinal);
    }

    private static SandboxResult Ended(int exitCode, string stderr = "") => new(
        Termination.Exited,
        exitCode,
        Array.Empty<ChannelRecord>(),
        new CapturedText("", 0, false),
        new CapturedText(stderr, stderr.Length, false),
        TimeSpan.FromSeconds(1));
}
