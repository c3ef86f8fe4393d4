using System.Diagnostics;
using Grader.Compilation;
using Grader.Execution;
using Grader.Execution.Isolation;
using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Execution;

/// <summary>Each layer on its own: the seccomp filter refuses what it lists, and every fallback still grades.</summary>
[Collection(TimingCollection.Name)]
public sealed class IsolationTests
{
    [Fact]
    public void The_seccomp_filter_refuses_new_namespaces_inside_bwrap_and_nothing_else()
    {
        var tools = HostTools.Current;
        if (!tools.BwrapWorks || !SeccompFilter.Supported)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must have bubblewrap.");
            return;
        }

        using var folder = new TemporaryFolder();
        var filter = Path.Combine(folder.Path, "filtro.bpf");
        File.WriteAllBytes(filter, SeccompFilter.Build());

        var refused = Run(tools.Bwrap!, filter, "/usr/bin/unshare --user /usr/bin/true");
        var allowed = Run(tools.Bwrap!, filter, "/usr/bin/true");
        var withoutFilter = Run(tools.Bwrap!, "/dev/null", "/usr/bin/unshare --user /usr/bin/true", seccomp: false);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("Operation not permitted", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal(0, withoutFilter.ExitCode);
    }

    [Fact]
    public async Task Without_bubblewrap_unshare_and_the_other_layers_still_grade_with_the_local_page()
    {
        var tools = HostTools.Current with { BwrapWorks = false };
        var isolation = LayeredIsolation.Create(tools);
        if (isolation is null || isolation.Layers.Namespaces != "unshare")
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI runs as root with unshare and ip.");
            return;
        }

        var report = await Grade(isolation, "01-es-vs-cpu");

        Assert.True(report.Status == GradeStatus.Pass, Support.Grading.Describe(report));
        Assert.Contains("namespaces:unshare", report.Isolation);
    }

    [Fact]
    public async Task The_plain_child_process_grades_too_and_says_it_had_no_layers()
    {
        var report = await Grade(new PlainIsolation(), "01-es-vs-cpu");

        Assert.True(report.Status == GradeStatus.Pass, Support.Grading.Describe(report));
        Assert.DoesNotContain(report.Isolation, l => l.StartsWith("namespaces", StringComparison.Ordinal));
        Assert.Contains("timeout", report.Isolation);
    }

    [Fact]
    public async Task A_process_started_by_the_student_runs_inside_the_same_sandbox()
    {
        var report = await Grade(ChildProcessSandbox.Best().Layers.Namespaces == "none" ? new PlainIsolation() : LayeredIsolation.Create(HostTools.Current)!, "04-multiproceso");

        Assert.True(report.Status == GradeStatus.Pass, Support.Grading.Describe(report));
    }

    private static Task<GradeReport> Grade(IIsolation isolation, string exercise) =>
        new GradingPipeline(new ScriptCompiler(), new ChildProcessSandbox(isolation))
            .CheckAsync(Support.Grading.Catalog.Find(exercise), SubmissionFile.Read(RepoPaths.Exercise(exercise, "solucion.csx")), GradingOptions.Default);

    private static (int ExitCode, string Stderr) Run(string bwrap, string filter, string command, bool seccomp = true)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, UseShellExecute = false };
        var script = $"exec {bwrap} --unshare-all --die-with-parent --ro-bind /usr /usr --symlink usr/lib /lib --symlink usr/lib64 /lib64 --symlink usr/bin /bin --proc /proc --dev /dev {(seccomp ? "--seccomp 9" : "")} {command} 9<{filter}";
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr);
    }
}
