using Grader.Batch;
using Grader.Execution.Isolation;
using Grader.Gradebook;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>
/// What a class's grading leaves is the grader's user's alone (a run without bubblewrap works on the host's
/// filesystem under another uid), and a batch graded with less than every isolation layer says so, loudly.
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

    private static string Write(BatchSummary summary, ClassResults results, IsolationLayers isolation)
    {
        using var output = new StringWriter();
        BatchSummaryWriter.Write(output, summary, results, "resultados", "resultados/notas.sqlite", isolation);
        return output.ToString();
    }
}
