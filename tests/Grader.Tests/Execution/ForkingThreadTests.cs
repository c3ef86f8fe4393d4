using System.Diagnostics;
using Grader.Execution;
using Grader.Execution.Isolation;

namespace Grader.Tests.Execution;

/// <summary>
/// A child asking to die with its parent (PR_SET_PDEATHSIG, what bwrap's --die-with-parent sets) dies with the
/// thread that forked it. Started from a thread that then ends, it is killed; started through ForkingThread, it runs
/// to its end.
/// </summary>
public sealed class ForkingThreadTests
{
    private const int KilledBySigkill = 128 + 9;

    [Fact]
    public void A_child_that_dies_with_its_parent_outlives_the_thread_that_asked_for_it()
    {
        var setpriv = HostTools.Current.Setpriv;
        if (setpriv is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI has util-linux's setpriv.");
            return;
        }

        // The control proves the test can fail: the same child, forked by the short-lived thread itself.
        Assert.Equal(KilledBySigkill, ExitCodeWhenStartedFromAThreadThatEnds(setpriv, process => process.Start()));
        Assert.Equal(0, ExitCodeWhenStartedFromAThreadThatEnds(setpriv, ForkingThread.Start));
    }

    [Fact]
    public void A_program_that_cannot_start_fails_in_the_caller_and_the_next_one_still_starts()
    {
        using var missing = new Process { StartInfo = new ProcessStartInfo("/nonexistent/grader-test-program") { UseShellExecute = false } };
        Assert.ThrowsAny<System.ComponentModel.Win32Exception>(() => ForkingThread.Start(missing));

        using var next = new Process { StartInfo = new ProcessStartInfo("/bin/sh", ["-c", "exit 3"]) { UseShellExecute = false } };
        ForkingThread.Start(next);
        Assert.True(next.WaitForExit(10_000));
        Assert.Equal(3, next.ExitCode);
    }

    private static int ExitCodeWhenStartedFromAThreadThatEnds(string setpriv, Action<Process> start)
    {
        using var process = new Process
        {
            StartInfo = new ProcessStartInfo(setpriv, ["--pdeathsig", "KILL", "/bin/sh", "-c", "echo listo; sleep 2"])
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
            },
        };
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                start(process);
                // Once the child speaks, setpriv has set the signal and exec'd: the thread may end.
                Assert.Equal("listo", process.StandardOutput.ReadLine());
            }
            catch (Exception e)
            {
                // An exception escaping a plain thread would end the test host, not fail this test.
                failure = e;
            }
        });
        try
        {
            thread.Start();
            thread.Join();
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }

            Assert.True(process.WaitForExit(10_000), "The child did not end within 10 s.");
        }
        finally
        {
            KillIfRunning(process);
        }

        return process.ExitCode;
    }

    private static void KillIfRunning(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }
    }
}
