using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>
/// <c>grader grade</c> run as a user would on a class where some students left a FIFO, a link out of the inbox, a
/// name that is not UTF-8 and a name with an escape sequence: the others are graded and the reports written.
/// </summary>
public sealed class HostileClassGradeTests
{
    [Fact]
    public async Task Hostile_entries_are_listed_and_the_rest_of_the_class_is_graded()
    {
        using var folder = new TemporaryFolder();
        using var outside = new TemporaryFolder();
        try
        {
            var inbox = Path.Combine(folder.Path, "entregas");
            var solution = File.ReadAllText(RepoPaths.Exercise("02-procesos-hilos", "solucion.csx"));
            foreach (var student in new[] { "ana", "luis" })
            {
                Directory.CreateDirectory(Path.Combine(inbox, student));
                File.WriteAllText(Path.Combine(inbox, student, "02-procesos-hilos.csx"), $"// {student}\n" + solution);
            }

            Directory.CreateDirectory(Path.Combine(inbox, "fifo"));
            HostileFiles.Fifo(Path.Combine(inbox, "fifo", "02-procesos-hilos.csx"));
            File.WriteAllText(Path.Combine(outside.Path, "02.csx"), solution);
            Directory.CreateSymbolicLink(Path.Combine(inbox, "enlace"), outside.Path);
            Directory.CreateDirectory(Path.Combine(inbox, "rara"));
            HostileFiles.FileWithByteFF(Path.Combine(inbox, "rara"), "02", ".csx", solution);
            Directory.CreateDirectory(Path.Combine(inbox, "esc\u001b[2J"));
            File.WriteAllText(Path.Combine(inbox, "esc\u001b[2J", "02.csx"), solution);

            // Before the fix this run hung in open(2) on the FIFO until the limit killed it (and without the FIFO it
            // ended at once with "internal error (FileNotFoundException)" and no reports).
            var (exit, stdout, stderr) = await GraderProcess.RunAsync(TimeSpan.FromMinutes(2), folder.Path,
                "grade", "entregas", "--out", "out", "--exercises", RepoPaths.Exercises);

            Assert.True(exit == 0, stderr + stdout);
            Assert.Contains("2 files of 2 students", stderr, StringComparison.Ordinal);
            Assert.Contains("4 files not placed", stderr, StringComparison.Ordinal);
            Assert.Contains("Graded 2 (pass 2", stdout, StringComparison.Ordinal);
            Assert.Contains("esc\\u001B[2J/02.csx", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', stdout);
            var notas = File.ReadAllLines(Path.Combine(folder.Path, "out", "notas.csv"));
            Assert.Equal(["ana", "luis"], notas.Skip(1).Select(line => line.Split(',')[0]));
            Assert.EndsWith("</html>", File.ReadAllText(Path.Combine(folder.Path, "out", "informe.html")).TrimEnd(), StringComparison.Ordinal);
        }
        finally
        {
            HostileFiles.Empty(folder.Path);
        }
    }
}
