using System.IO.Compression;
using System.Text;
using Grader.Batch;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>
/// Submissions made to hurt the grader: each hostile entry is listed with its reason and the rest of the class is
/// placed. Every test has a well-behaved student, "bien", who must come out placed whatever is next to him.
/// </summary>
public sealed class HostileInboxTests
{
    private static readonly IReadOnlyList<Grader.Exercises.Exercise> Exercises = Support.Grading.Catalog.All();

    [Fact]
    public async Task A_fifo_is_listed_and_never_opened()
    {
        using var folder = Class();
        var fifo = Path.Combine(folder.Path, "ana", "01-es-vs-cpu.csx");
        Directory.CreateDirectory(Path.GetDirectoryName(fifo)!);
        HostileFiles.Fifo(fifo);

        var opening = Task.Run(() => SubmissionInbox.Open(folder.Path, Exercises));
        try
        {
            var inbox = await opening.WaitAsync(TimeSpan.FromSeconds(30));

            AssertOnlyBienPlaced(inbox);
            Assert.Contains("not a regular file", Assert.Single(inbox.Unplaced, u => u.Path == "ana/01-es-vs-cpu.csx").Reason, StringComparison.Ordinal);
        }
        finally
        {
            // Before the fix the reader blocked in open(2) for good: a writer lets it go, so the test leaves no thread stuck.
            if (!opening.IsCompleted)
            {
                await File.WriteAllTextAsync(fifo, "");
            }
        }
    }

    [Fact]
    public void A_socket_is_listed_as_not_a_regular_file()
    {
        using var folder = Class();
        Directory.CreateDirectory(Path.Combine(folder.Path, "ana"));
        using var socket = HostileFiles.Socket(Path.Combine(folder.Path, "ana", "01.csx"));

        var inbox = SubmissionInbox.Open(folder.Path, Exercises);

        AssertOnlyBienPlaced(inbox);
        Assert.Contains("not a regular file", Assert.Single(inbox.Unplaced, u => u.Path == "ana/01.csx").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Symbolic_links_to_a_file_or_a_folder_are_listed_and_never_followed()
    {
        using var folder = Class();
        using var outside = new TemporaryFolder();
        var secret = outside.Write("01-es-vs-cpu.csx", "// not the student's");
        Directory.CreateDirectory(Path.Combine(outside.Path, "todo"));
        File.WriteAllText(Path.Combine(outside.Path, "todo", "03.csx"), "// not the student's either");
        Directory.CreateDirectory(Path.Combine(folder.Path, "ana"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "ana", "01-es-vs-cpu.csx"), secret);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "luis"), Path.Combine(outside.Path, "todo"));

        var inbox = SubmissionInbox.Open(folder.Path, Exercises);

        AssertOnlyBienPlaced(inbox);
        Assert.Equal(["ana/01-es-vs-cpu.csx", "luis"], inbox.Unplaced.Select(u => u.Path));
        Assert.All(inbox.Unplaced, u => Assert.Contains("symbolic link", u.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Names_that_are_not_utf8_are_listed_and_the_class_goes_on()
    {
        using var folder = Class();
        Directory.CreateDirectory(Path.Combine(folder.Path, "ana"));
        try
        {
            HostileFiles.FileWithByteFF(Path.Combine(folder.Path, "ana"), "01", ".csx", "// ana");
            HostileFiles.FolderWithByteFF(folder.Path, "luis", "01.csx", "// luis");

            var inbox = SubmissionInbox.Open(folder.Path, Exercises);

            AssertOnlyBienPlaced(inbox);
            Assert.Equal(["ana/01\uFFFD.csx", "luis\uFFFD"], inbox.Unplaced.Select(u => u.Path));
            Assert.All(inbox.Unplaced, u => Assert.Contains("not valid UTF-8", u.Reason, StringComparison.Ordinal));
        }
        finally
        {
            HostileFiles.Empty(folder.Path);
        }
    }

    [Fact]
    public void Names_with_control_characters_are_listed_escaped()
    {
        using var folder = Class();
        Write(folder, "ana\u001b[2J/01.csx", "// ana");
        Write(folder, "luis/01\n.csx", "// luis");
        Write(folder, "marta/01\u202Etxt.csx", "// marta");

        var inbox = SubmissionInbox.Open(folder.Path, Exercises);

        AssertOnlyBienPlaced(inbox);
        Assert.Equal(["ana\\u001B[2J/01.csx", "luis/01\\u000A.csx", "marta/01\\u202Etxt.csx"], inbox.Unplaced.Select(u => u.Path));
        Assert.All(inbox.Unplaced, u => Assert.Contains("control characters", u.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_zip_entry_whose_crc_is_wrong_is_listed()
    {
        using var folder = new TemporaryFolder();
        var zip = Zip(folder, ("ana/01.csx", "// ana"));
        HostileFiles.PatchHeaders(zip, 14, 16, (bytes, crc) => bytes[crc] ^= 0xFF);
        AddBien(zip);

        var inbox = SubmissionInbox.Open(zip, Exercises);

        AssertOnlyBienPlaced(inbox);
        Assert.Contains("damaged", Assert.Single(inbox.Unplaced).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_entry_that_holds_more_than_its_header_says_is_listed_not_cut()
    {
        using var folder = new TemporaryFolder();
        var zip = Zip(folder, ("ana/01.csx", "//" + new string('x', 2 * 1024 * 1024)));
        HostileFiles.PatchHeaders(zip, 22, 24, (bytes, size) => BitConverter.TryWriteBytes(bytes.AsSpan(size, 4), 10));
        AddBien(zip);

        var inbox = SubmissionInbox.Open(zip, Exercises);

        AssertOnlyBienPlaced(inbox);
        Assert.Contains("damaged", Assert.Single(inbox.Unplaced).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_entry_declared_larger_than_a_script_is_listed_unread()
    {
        using var folder = new TemporaryFolder();
        var zip = Zip(folder, ("ana/01.csx", "//" + new string('x', 2 * 1024 * 1024)), ("bien/01.csx", "// bien"));

        var inbox = SubmissionInbox.Open(zip, Exercises);

        AssertOnlyBienPlaced(inbox);
        Assert.Contains("larger than", Assert.Single(inbox.Unplaced).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_with_more_entries_than_a_class_has_is_refused_at_once()
    {
        using var folder = new TemporaryFolder();
        var zip = Path.Combine(folder.Path, "clase.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            for (var i = 0; i <= InboxLimits.Default.MaxEntries; i++)
            {
                archive.CreateEntry($"s{i % 100}/{i}.txt", CompressionLevel.NoCompression);
            }
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var refused = Assert.Throws<Grader.Grading.BadInputException>(() => SubmissionInbox.Open(zip, Exercises));

        Assert.Contains("entries", refused.Message, StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Past_the_inbox_byte_budget_files_are_listed_not_read()
    {
        using var folder = Class();
        Write(folder, "ana/01.csx", new string('a', 600));
        Write(folder, "luis/01.csx", new string('l', 600));

        var inbox = SubmissionInbox.Open(folder.Path, Exercises, InboxLimits.Default with { MaxTotalBytes = 1000 });

        Assert.Equal(["ana", "bien"], inbox.HandIns.Select(h => h.StudentKey));
        Assert.Contains("more than", Assert.Single(inbox.Unplaced, u => u.Path == "luis/01.csx").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_more_files_than_a_class_has_is_refused()
    {
        using var folder = Class();
        for (var i = 0; i < 20; i++)
        {
            Write(folder, $"s{i}/notas.txt", "x");
        }

        var refused = Assert.Throws<Grader.Grading.BadInputException>(() =>
            SubmissionInbox.Open(folder.Path, Exercises, InboxLimits.Default with { MaxEntries = 10 }));

        Assert.Contains("entries", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_names_without_the_utf8_flag_are_read_as_the_zip_format_says_cp437()
    {
        using var folder = new TemporaryFolder();
        var zip = Path.Combine(folder.Path, "clase.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create, CodePagesEncodingProvider.Instance.GetEncoding(437)))
        {
            HostileFiles.Entry(archive, "María Núñez/01.csx", "// maría");
        }

        var inbox = SubmissionInbox.Open(zip, Exercises);

        Assert.Equal("María Núñez", Assert.Single(inbox.HandIns).StudentKey);
    }

    [Fact]
    public void A_zip_name_flagged_utf8_that_is_not_is_listed()
    {
        using var folder = new TemporaryFolder();
        var zip = Zip(folder, ("Ané/01.csx", "// ané"), ("bien/01.csx", "// bien"));
        var bytes = File.ReadAllBytes(zip);
        var spelled = Encoding.UTF8.GetBytes("Ané/");
        for (var i = bytes.AsSpan().IndexOf(spelled); i >= 0; i = bytes.AsSpan().IndexOf(spelled))
        {
            bytes[i + 2] = 0xFF;
            bytes[i + 3] = 0xFF;
        }

        File.WriteAllBytes(zip, bytes);

        var inbox = SubmissionInbox.Open(zip, Exercises);

        AssertOnlyBienPlaced(inbox);
        Assert.Contains("not valid UTF-8", Assert.Single(inbox.Unplaced).Reason, StringComparison.Ordinal);
    }

    /// <summary>A class folder with one well-behaved student, "bien", whom every hostile neighbour must leave graded.</summary>
    private static TemporaryFolder Class()
    {
        var folder = new TemporaryFolder();
        Write(folder, "bien/01-es-vs-cpu.csx", "// bien");
        return folder;
    }

    private static void AssertOnlyBienPlaced(SubmissionInbox inbox) =>
        Assert.Equal([("bien", "01-es-vs-cpu")], inbox.HandIns.Select(h => (h.StudentKey, h.ExerciseId)));

    private static void Write(TemporaryFolder folder, string relative, string content)
    {
        var path = Path.Combine(folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static string Zip(TemporaryFolder folder, params (string Name, string Content)[] entries)
    {
        var zip = Path.Combine(folder.Path, "clase.zip");
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            HostileFiles.Entry(archive, name, content);
        }

        return zip;
    }

    /// <summary>Adds "bien" after the headers were patched, so the patch only touched the hostile entry.</summary>
    private static void AddBien(string zip)
    {
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Update);
        HostileFiles.Entry(archive, "bien/01.csx", "// bien");
    }
}
