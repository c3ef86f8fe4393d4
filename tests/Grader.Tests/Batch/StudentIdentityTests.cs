using System.Text;
using Grader.Batch;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>
/// One student however their folder is spelled: NFC and NFD, upper and lower case, Moodle's participant number;
/// and what is listed when the spellings cannot be merged safely. "bien" is a student who must stay as he is.
/// </summary>
public sealed class StudentIdentityTests
{
    private static readonly IReadOnlyList<Grader.Exercises.Exercise> Exercises = Support.Grading.Catalog.All();

    [Fact]
    public void Moodle_folders_spelled_in_nfc_and_nfd_are_one_student()
    {
        using var folder = Class();
        var nfc = "María López".Normalize(NormalizationForm.FormC);
        var nfd = "María López".Normalize(NormalizationForm.FormD);
        Write(folder, $"{nfc}_12345_assignsubmission_file_/01-es-vs-cpu.csx", "// a");
        Write(folder, $"{nfd}_12345_assignsubmission_onlinetext_/03.csx", "// b");

        var inbox = SubmissionInbox.Open(folder.Path, Exercises);

        var maria = inbox.HandIns.Where(h => h.MoodleId == "12345").ToList();
        Assert.Equal(["01-es-vs-cpu", "03-hola-hilo"], maria.Select(h => h.ExerciseId));
        Assert.All(maria, h => Assert.Equal(($"{nfc}_12345", nfc), (h.StudentKey, h.StudentName)));
    }

    [Fact]
    public void Folders_that_differ_only_in_case_are_one_student_unless_both_have_the_same_exercise()
    {
        using var folder = Class();
        Write(folder, "ana/01.csx", "// 1");
        Write(folder, "Ana/03.csx", "// 3");
        Write(folder, "luis/01.csx", "// un luis");
        Write(folder, "LUIS/01-es-vs-cpu.csx", "// otro luis");

        var inbox = SubmissionInbox.Open(folder.Path, Exercises);

        Assert.Equal([("Ana", "01-es-vs-cpu"), ("Ana", "03-hola-hilo"), ("bien", "01-es-vs-cpu")],
            inbox.HandIns.Select(h => (h.StudentKey, h.ExerciseId)));
        Assert.Equal(["LUIS/01-es-vs-cpu.csx", "luis/01.csx"], inbox.Unplaced.Select(u => u.Path));
        Assert.All(inbox.Unplaced, u => Assert.Contains("spelled differently", u.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void One_participant_number_under_two_different_names_is_listed()
    {
        using var folder = Class();
        Write(folder, "Ana Ruiz_7_assignsubmission_file_/01.csx", "// ana");
        Write(folder, "Luis Paz_7_assignsubmission_file_/03.csx", "// luis");

        var inbox = SubmissionInbox.Open(folder.Path, Exercises);

        AssertOnlyBienPlaced(inbox);
        Assert.Equal(2, inbox.Unplaced.Count);
        Assert.All(inbox.Unplaced, u => Assert.Contains("participant number 7", u.Reason, StringComparison.Ordinal));
    }

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
}
