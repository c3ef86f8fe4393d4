using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Grader.Cli;

/// <summary>
/// GitHub Actions reads every line a step prints for workflow commands: "::error::", "::add-mask::" at the start of
/// a line once its leading white space is trimmed, and the old "##[error]" anywhere in it. A student's output,
/// exception message or file name may hold either, and every format but github's (whose annotations escape what
/// they carry) prints them. So in Actions (GITHUB_ACTIONS=true) the grader opens its output with
/// "::stop-commands::TOKEN" and ends it with "::TOKEN::": in between the runner obeys nothing but that token, 32
/// random hex digits made after the student's code and never shown to it. The grader's own annotations are printed
/// after the end, and last.
/// </summary>
/// <remarks>
/// The runner reads stdout and stderr on a thread each and hands every batch of lines on stderr first, so nothing
/// orders a line on one stream against a line on the other. The stop is printed on both streams (whichever the
/// runner reads first stops it; the other, being no token, is shown as text), the end on stdout only: a batch reads
/// stderr's lines before stdout's end. Before the end, stderr is given a moment so that its reader has taken what
/// the grader wrote there. A stream redirected to a file gets neither: the runner never reads it, and a report
/// written to a file (--format junit &gt; junit.xml) must stay the document it is.
/// </remarks>
internal sealed class StoppedWorkflowCommands
{
    /// <summary>Outside GitHub Actions: nothing is printed.</summary>
    public static StoppedWorkflowCommands None { get; } = new(null, null, "");

    private static readonly TimeSpan StderrSettles = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter? output;
    private readonly TextWriter? errors;
    private readonly string token;
    private bool ended;

    private StoppedWorkflowCommands(TextWriter? output, TextWriter? errors, string token)
    {
        this.output = output;
        this.errors = errors;
        this.token = token;
    }

    /// <summary>Stops workflow commands on stdout and stderr when running in GitHub Actions; <see cref="None"/> elsewhere.</summary>
    public static StoppedWorkflowCommands Begin()
    {
        if (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") != "true")
        {
            return None;
        }

        var stopped = new StoppedWorkflowCommands(
            IsFile(1) ? null : Console.Out, IsFile(2) ? null : Console.Error, RandomNumberGenerator.GetHexString(32, lowercase: true));
        stopped.output?.WriteLine($"::stop-commands::{stopped.token}");
        stopped.errors?.WriteLine($"::stop-commands::{stopped.token}");
        return stopped;
    }

    /// <summary>Starts workflow commands again: after this, print nothing a student wrote. A second call does nothing.</summary>
    public void End()
    {
        if (ended || (output ?? errors) is not { } resumed)
        {
            return;
        }

        ended = true;
        if (errors is not null && output is not null)
        {
            errors.Flush();
            Thread.Sleep(StderrSettles);
        }

        resumed.Flush();
        resumed.WriteLine($"::{token}::");
        resumed.Flush();
    }

    /// <summary>Whether the standard stream is a file (seekable, unlike the pipe a runner reads or a terminal); false where that cannot be told.</summary>
    private static bool IsFile(int descriptor)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            using var handle = new SafeFileHandle(descriptor, ownsHandle: false);
            using var stream = new FileStream(handle, FileAccess.Write, bufferSize: 0);
            return stream.CanSeek;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return false; // Closed or unusable: nothing of ours reaches the runner through it, and printing to it is harmless.
        }
    }
}
