using Grader.Practice;
using Grader.Tests.Batch;
using Grader.Tests.Support;

namespace Grader.Tests.Practice;

/// <summary>What a student's folder can hold in place of an exercise's file or of the cache's folder.</summary>
public sealed class StudentFolderHostilityTests
{
    [Fact]
    public void A_fifo_named_like_the_exercise_is_no_file_of_it_and_is_never_opened()
    {
        using var folder = new TemporaryFolder();
        var fifo = Path.Combine(folder.Path, "03-hola-hilo.cs");
        HostileFiles.Fifo(fifo);
        var exercise = Support.Grading.Catalog.Find("03-hola-hilo");

        // Opening it would wait for a writer: progreso and vigilar hung there, deaf to q and Ctrl-C.
        Assert.Null(StudentFiles.Find(folder.Path, exercise));
        var refused = Assert.Throws<Grader.Grading.BadInputException>(() => StudentFiles.Read(fifo));
        Assert.Contains("03-hola-hilo.cs", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_refuses_a_fifo_with_one_line_instead_of_waiting_for_a_writer()
    {
        using var folder = new TemporaryFolder();
        HostileFiles.Fifo(Path.Combine(folder.Path, "03-hola-hilo.cs"));

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(TimeSpan.FromSeconds(60), folder.Path, ["check", "03-hola-hilo", "03-hola-hilo.cs", "--exercises", RepoPaths.Exercises]);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("grader: «03-hola-hilo.cs» no es un archivo normal", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cache_folder_that_is_a_link_elsewhere_is_never_written_through()
    {
        using var folder = new TemporaryFolder();
        var elsewhere = Directory.CreateDirectory(Path.Combine(folder.Path, "en-otra-parte")).FullName;
        var student = Directory.CreateDirectory(Path.Combine(folder.Path, "alumno")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(student, ".grader"), elsewhere);

        ProgressCache.Open(student).Store("03-hola-hilo", new string('a', 64), "c075fc10cd54", ExerciseState.Failing, 6, 10);

        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }
}
