using System.IO.Compression;
using Grader.Batch;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

public sealed class SubmissionInboxTests
{
    private static readonly IReadOnlyList<Grader.Exercises.Exercise> Exercises = Support.Grading.Catalog.All();

    [Fact]
    public void Moodle_folders_fold_into_one_student_with_name_and_participant_number()
    {
        using var folder = new TemporaryFolder();
        Write(folder, "María López_12345_assignsubmission_file_/01-es-vs-cpu.csx", "// a");
        Write(folder, "María López_12345_assignsubmission_onlinetext_/onlinetext.html", "<p>hola</p>");
        Write(folder, "María López_12345_assignsubmission_file_/03.csx", "// b");

        var inbox = SubmissionInbox.Open(folder.Path, Exercises);

        Assert.Equal(["01-es-vs-cpu", "03-hola-hilo"], inbox.HandIns.Select(h => h.ExerciseId));
        Assert.All(inbox.HandIns, h => Assert.Equal(("María López_12345", "María López", "12345"), (h.StudentKey, h.StudentName, h.MoodleId)));
        Assert.Equal("María López_12345_assignsubmission_onlinetext_/onlinetext.html", Assert.Single(inbox.Unplaced).Path);
    }

    [Fact]
    public void Plain_folders_and_file_names_by_number_name_or_saved_copy_are_placed()
    {
        using var folder = new TemporaryFolder();
        Write(folder, "ana/01.csx", "// 1");
        Write(folder, "ana/hola-hilo.csx", "// 3");
        Write(folder, "ana/05-fibonacci-hilos (1).csx", "// 5");
        Write(folder, "ana/010-nada.csx", "// ?");

        var inbox = SubmissionInbox.Open(folder.Path, Exercises);

        Assert.Equal(["01-es-vs-cpu", "03-hola-hilo", "05-fibonacci-hilos"], inbox.HandIns.Select(h => h.ExerciseId));
        Assert.Equal(("ana", "ana", (string?)null), (inbox.HandIns[0].StudentKey, inbox.HandIns[0].StudentName, inbox.HandIns[0].MoodleId));
        Assert.Contains("no exercise has this name", Assert.Single(inbox.Unplaced).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_based_app_is_placed_as_its_script_and_other_files_are_listed_as_neither()
    {
        using var folder = new TemporaryFolder();
        Write(folder, "ana/01-es-vs-cpu.cs", "// 1");
        Write(folder, "ana/03.CS", "// 3");
        Write(folder, "luis/es-vs-cpu.cs", "// 1");
        Write(folder, "ana/notas.txt", "hola");

        var inbox = SubmissionInbox.Open(folder.Path, Exercises);

        Assert.Equal(
            [("ana", "01-es-vs-cpu"), ("ana", "03-hola-hilo"), ("luis", "01-es-vs-cpu")],
            inbox.HandIns.Select(h => (h.StudentKey, h.ExerciseId)).OrderBy(h => h.StudentKey, StringComparer.Ordinal).ThenBy(h => h.ExerciseId, StringComparer.Ordinal));
        Assert.Equal("no es un archivo .csx ni .cs / not a .csx or .cs file", Assert.Single(inbox.Unplaced).Reason);
    }

    [Fact]
    public void Two_files_for_one_exercise_grade_the_one_named_after_it_and_list_the_other()
    {
        using var folder = new TemporaryFolder();
        Write(folder, "ana/01-es-vs-cpu.csx", "// buena");
        Write(folder, "ana/01.csx", "// otra");
        Write(folder, "luis/01.csx", "// x");
        Write(folder, "luis/es-vs-cpu.csx", "// y");

        var inbox = SubmissionInbox.Open(folder.Path, Exercises);

        Assert.Equal("// buena", Assert.Single(inbox.HandIns).Content);
        Assert.Equal(["ana/01.csx", "luis/01.csx", "luis/es-vs-cpu.csx"], inbox.Unplaced.Select(u => u.Path));
        Assert.Contains("was graded", inbox.Unplaced[0].Reason, StringComparison.Ordinal);
        Assert.Contains("several files", inbox.Unplaced[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_with_a_wrapping_folder_and_moodle_flat_files_is_read_in_place()
    {
        using var folder = new TemporaryFolder();
        var zip = Path.Combine(folder.Path, "entregas.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Entry(archive, "Curso 2026/Ana Ruiz_7_assignsubmission_file_01-es-vs-cpu.csx", "// ana");
            Entry(archive, "Curso 2026/Luis Paz_8_assignsubmission_file_02-procesos-hilos.csx", "// luis");
            Entry(archive, "Curso 2026/../../01-es-vs-cpu.csx", "// escapa");
        }

        var inbox = SubmissionInbox.Open(zip, Exercises);

        Assert.Equal([("Ana Ruiz_7", "01-es-vs-cpu", "// ana"), ("Luis Paz_8", "02-procesos-hilos", "// luis")],
            inbox.HandIns.Select(h => (h.StudentKey, h.ExerciseId, h.Content)));
        Assert.Contains("invalid path", Assert.Single(inbox.Unplaced).Reason, StringComparison.Ordinal);
        Assert.Equal(["entregas.zip"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Two_files_with_the_exercises_own_name_are_both_listed_and_the_class_goes_on()
    {
        using var folder = new TemporaryFolder();
        Write(folder, "ana/01-es-vs-cpu.csx", "// una");
        Write(folder, "ana/viejo/01-ES-VS-CPU.csx", "// otra");
        Write(folder, "luis/01-es-vs-cpu.csx", "// luis");

        var inbox = SubmissionInbox.Open(folder.Path, Exercises);

        Assert.Equal("luis", Assert.Single(inbox.HandIns).StudentKey);
        Assert.Equal(["ana/01-es-vs-cpu.csx", "ana/viejo/01-ES-VS-CPU.csx"], inbox.Unplaced.Select(u => u.Path));
    }

    [Fact]
    public void A_macos_zip_with_its_system_folder_and_a_readme_in_the_wrapper_still_finds_the_students()
    {
        using var folder = new TemporaryFolder();
        var zip = Path.Combine(folder.Path, "clase.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Entry(archive, "Clase/Ana/01.csx", "// ana");
            Entry(archive, "Clase/Luis/01.csx", "// luis");
            Entry(archive, "Clase/LEEME.txt", "instrucciones");
            Entry(archive, "__MACOSX/Clase/Ana/._01.csx", "basura");
            Entry(archive, "Clase/Ana/.DS_Store", "basura");
        }

        var inbox = SubmissionInbox.Open(zip, Exercises);

        Assert.Equal(["Ana", "Luis"], inbox.HandIns.Select(h => h.StudentKey));
        Assert.Equal(["Clase/Ana/.DS_Store", "LEEME.txt", "__MACOSX/Clase/Ana/._01.csx"], inbox.Unplaced.Select(u => u.Path));
    }

    [Fact]
    public void A_single_students_folder_is_not_taken_for_a_wrapper()
    {
        using var folder = new TemporaryFolder();
        var zip = Path.Combine(folder.Path, "ana.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Entry(archive, "Ana/01.csx", "// ana");
            Entry(archive, "Ana/extra/notas.txt", "x");
        }

        var inbox = SubmissionInbox.Open(zip, Exercises);

        Assert.Equal("Ana", Assert.Single(inbox.HandIns).StudentKey);
    }

    [Fact]
    public void A_file_too_large_to_be_a_script_is_listed_with_the_reason()
    {
        using var folder = new TemporaryFolder();
        Write(folder, "ana/01-es-vs-cpu.csx", new string('x', 1024 * 1024 + 1));

        var inbox = SubmissionInbox.Open(folder.Path, Exercises);

        Assert.Empty(inbox.HandIns);
        Assert.Contains("larger than", Assert.Single(inbox.Unplaced).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_or_a_file_that_is_not_a_zip_is_bad_input()
    {
        using var folder = new TemporaryFolder();
        var notZip = folder.Write("clase.zip", "not a zip");

        Assert.Throws<Grader.Grading.BadInputException>(() => SubmissionInbox.Open(Path.Combine(folder.Path, "nada"), Exercises));
        Assert.Throws<Grader.Grading.BadInputException>(() => SubmissionInbox.Open(notZip, Exercises));
    }

    [Fact]
    public void The_content_hash_ignores_line_endings_only()
    {
        Assert.Equal(HandIn.ContentHash("a\r\nb\n"), HandIn.ContentHash("a\nb\n"));
        Assert.NotEqual(HandIn.ContentHash("a\nb\n"), HandIn.ContentHash("a\nc\n"));
    }

    private static void Write(TemporaryFolder folder, string relative, string content)
    {
        var path = Path.Combine(folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static void Entry(ZipArchive archive, string name, string content)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(content);
    }
}
