using Grader.Batch;
using Grader.Execution.Isolation;
using Grader.Gradebook;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>
/// What a class's grading leaves is the grader's user's alone (a run without bubblewrap works on the host's
/// filesystem under another uid), the instructor's submissions are closed to such runs only as far as needed and
/// never silently, and a batch graded with less than every isolation layer says so, loudly.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PrivateResultsTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public void The_gradebook_and_its_write_ahead_log_are_the_owners_alone()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "notas.sqlite");

        using (var gradebook = GradebookStore.Open(path))
        {
            gradebook.RegisterExercise(Support.Grading.Catalog.All()[0], "v1", null);
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(path));
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(path + "-wal"));
        }
    }

    [Fact]
    public void An_existing_gradebook_open_to_others_is_closed_when_opened()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "notas.sqlite");
        GradebookStore.Open(path).Dispose();
        File.SetUnixFileMode(path, OwnerReadWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        GradebookStore.Open(path).Dispose();

        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void The_output_folder_is_made_for_the_owner_alone()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "resultados");

        OwnerOnly.CreateFolder(output);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(output));
    }

    [Fact]
    public void The_summary_warns_when_students_code_ran_without_every_layer()
    {
        var summary = new BatchSummary(4, 0, 4, 0, 0, 0, false, TimeSpan.FromSeconds(1));
        var results = new ClassResults([], [], [], [], DateTimeOffset.UtcNow);
        var full = new IsolationLayers("bwrap", "v1", Rlimits: true, Seccomp: true, UnprivilegedUser: true, ReadOnlyView: true);
        var withoutBubblewrap = full with { Namespaces = "unshare", Seccomp = false, ReadOnlyView = false };

        var warned = Write(summary, results, withoutBubblewrap);
        var quiet = Write(summary, results, full);
        var plain = Write(summary, results, IsolationLayers.PlainProcess);

        Assert.Contains("WARNING", warned, StringComparison.Ordinal);
        Assert.Contains("missing: namespaces:bwrap, seccomp, read-only-view", warned, StringComparison.Ordinal);
        Assert.Contains("--require-isolation", warned, StringComparison.Ordinal);
        Assert.Contains("missing: namespaces:bwrap, cgroups, rlimits, seccomp, unprivileged-uid, read-only-view", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", quiet, StringComparison.Ordinal);
    }

    [Fact]
    public void Submissions_open_to_others_lose_only_the_others_permissions_when_runs_use_other_uids_on_the_hosts_files()
    {
        using var folder = new TemporaryFolder();
        File.SetUnixFileMode(folder.Path, Mode("rwxr-xr-x"));

        var notice = SubmissionsAccess.CloseToRuns(folder.Path, WithoutBubblewrap);

        Assert.Equal(Mode("rwxr-x---"), File.GetUnixFileMode(folder.Path));
        Assert.NotNull(notice);
        Assert.Contains("rwxr-xr-x → rwxr-x---", notice.Es, StringComparison.Ordinal);
        Assert.Contains("«otros»", notice.Es, StringComparison.Ordinal);
        Assert.Contains("rwxr-xr-x → rwxr-x---", notice.En, StringComparison.Ordinal);
        Assert.Contains(folder.Path, notice.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rwxr-x---", "unshare")]
    [InlineData("rwx------", "unshare")]
    [InlineData("rwxr-xr-x", "bwrap")]
    [InlineData("rwxr-xr-x", "plain")]
    public void Submissions_are_left_as_they_are_when_runs_cannot_read_them_or_permissions_would_not_stop_them(string mode, string isolation)
    {
        using var folder = new TemporaryFolder();
        File.SetUnixFileMode(folder.Path, Mode(mode));
        var layers = isolation switch
        {
            "bwrap" => WithoutBubblewrap with { Namespaces = "bwrap", Seccomp = true, ReadOnlyView = true },
            "plain" => IsolationLayers.PlainProcess,
            _ => WithoutBubblewrap,
        };

        var notice = SubmissionsAccess.CloseToRuns(folder.Path, layers);

        Assert.Null(notice);
        Assert.Equal(Mode(mode), File.GetUnixFileMode(folder.Path));
    }

    [Fact]
    public async Task Grading_a_class_leaves_the_instructors_submissions_folder_as_it_was_when_runs_share_the_graders_uid()
    {
        using var folder = new TemporaryFolder();
        var submissions = Directory.CreateDirectory(Path.Combine(folder.Path, "entregas")).FullName;
        File.SetUnixFileMode(submissions, Mode("rwxr-xr-x"));

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(folder.Path, "grade", "entregas", "--out", "out", "--isolation", "plain", "--exercises", RepoPaths.Exercises);

        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal(Mode("rwxr-xr-x"), File.GetUnixFileMode(submissions));
    }

    [Fact]
    public void The_summary_tells_what_was_changed_in_the_submissions_in_both_languages()
    {
        var summary = new BatchSummary(1, 0, 1, 0, 0, 0, false, TimeSpan.FromSeconds(1));
        var results = new ClassResults([], [], [], [], DateTimeOffset.UtcNow);
        var notice = new Grader.Checks.LocalizedText("se les quitaron los permisos", "their permissions were removed");

        using var output = new StringWriter();
        BatchSummaryWriter.Write(output, summary, results, "resultados", "resultados/notas.sqlite", WithoutBubblewrap, notice);

        Assert.Contains("se les quitaron los permisos\ntheir permissions were removed\n", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static IsolationLayers WithoutBubblewrap { get; } = new("unshare", "v1", Rlimits: true, Seccomp: false, UnprivilegedUser: true, ReadOnlyView: false);

    private static UnixFileMode Mode(string permissions)
    {
        UnixFileMode[] bits =
        [
            UnixFileMode.UserRead, UnixFileMode.UserWrite, UnixFileMode.UserExecute,
            UnixFileMode.GroupRead, UnixFileMode.GroupWrite, UnixFileMode.GroupExecute,
            UnixFileMode.OtherRead, UnixFileMode.OtherWrite, UnixFileMode.OtherExecute,
        ];
        return bits.Where((_, i) => permissions[i] != '-').Aggregate(UnixFileMode.None, (mode, bit) => mode | bit);
    }

    private static string Write(BatchSummary summary, ClassResults results, IsolationLayers isolation)
    {
        using var output = new StringWriter();
        BatchSummaryWriter.Write(output, summary, results, "resultados", "resultados/notas.sqlite", isolation);
        return output.ToString();
    }
}
