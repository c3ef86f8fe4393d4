using Grader.Exercises;
using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Exercises;

/// <summary>
/// <c>grader curso publicar</c> writes what students may hold: the files it names, never the solution nor a file the
/// instructor adds later; and that edition grades a student's file as the instructor's does.
/// </summary>
public sealed class StudentEditionTests
{
    [Fact]
    public async Task The_student_edition_holds_no_solution_nor_any_file_it_does_not_name()
    {
        using var folder = new TemporaryFolder();
        var course = Path.Combine(folder.Path, "curso");
        CopyCourse(course);
        File.WriteAllText(Path.Combine(course, "03-hola-hilo", "notas-del-profesor.md"), "la respuesta es Join");
        Directory.CreateDirectory(Path.Combine(course, "03-hola-hilo", "ocultas"));
        File.WriteAllText(Path.Combine(course, "03-hola-hilo", "ocultas", "comprobaciones.csx"), "// oculta");
        var students = Path.Combine(folder.Path, "alumnos");

        var run = await GraderProcess.RunAsync(folder.Path, "curso", "publicar", "--exercises", course, "--alumnos", students);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("10 ejercicios publicados", run.Stdout, StringComparison.Ordinal);
        var published = Directory.EnumerateFileSystemEntries(students, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(students, f)).ToList();
        var expected = Directory.EnumerateDirectories(RepoPaths.Exercises)
            .SelectMany(e => new[] { Path.GetFileName(e) }.Concat(StudentEdition.Files.Select(f => Path.Combine(Path.GetFileName(e), f))))
            .ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), published.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_student_edition_grades_a_file_as_the_instructor_s_does()
    {
        using var folder = new TemporaryFolder();
        var students = Path.Combine(folder.Path, "alumnos");
        StudentEdition.Publish(new ExerciseCatalog(RepoPaths.Exercises), students);
        var edition = new ExerciseCatalog(students);
        var solution = SubmissionFile.Read(RepoPaths.Exercise("03-hola-hilo", "solucion.csx"));
        var stub = SubmissionFile.Read(RepoPaths.Exercise("03-hola-hilo", "plantilla.csx"));

        var passing = await GradingPipeline.CreateDefault().CheckAsync(edition.Find("03-hola-hilo"), solution, GradingOptions.Default);
        var failing = await GradingPipeline.CreateDefault().CheckAsync(edition.Find("03-hola-hilo"), stub, GradingOptions.Default);

        Assert.Equal((GradeStatus.Pass, 10), (passing.Status, passing.Score));
        Assert.Equal(0, failing.Score);
    }

    [Fact]
    public async Task Publishing_over_an_earlier_edition_is_refused()
    {
        using var folder = new TemporaryFolder();
        var students = Path.Combine(folder.Path, "alumnos");
        Directory.CreateDirectory(Path.Combine(students, "03-hola-hilo"));
        File.WriteAllText(Path.Combine(students, "03-hola-hilo", "solucion.csx"), "// de una edición anterior");

        var run = await GraderProcess.RunAsync(folder.Path, "curso", "publicar", "--exercises", RepoPaths.Exercises, "--alumnos", students);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no está vacía", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_in_the_course_is_not_followed_into_the_edition()
    {
        using var folder = new TemporaryFolder();
        var course = Path.Combine(folder.Path, "curso");
        CopyCourse(course);
        var stub = Path.Combine(course, "03-hola-hilo", "plantilla.csx");
        File.Delete(stub);
        File.CreateSymbolicLink(stub, Path.Combine(course, "03-hola-hilo", "solucion.csx"));

        var refused = Assert.Throws<InvalidExerciseException>(() => StudentEdition.Publish(new ExerciseCatalog(course), Path.Combine(folder.Path, "alumnos")));

        Assert.Contains("symbolic link", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_of_what_goes_out_never_names_the_hidden_checks() =>
        Assert.DoesNotContain(Exercise.HiddenChecksFile, StudentEdition.Files);

    [Fact]
    public void An_exercise_with_hidden_checks_is_published_without_them()
    {
        using var folder = new TemporaryFolder();
        var course = Path.Combine(folder.Path, "curso");
        CopyCourse(course);
        DoubleExercise.Write(course);
        var students = Path.Combine(folder.Path, "alumnos");

        var published = StudentEdition.Publish(new ExerciseCatalog(course), students);

        Assert.Contains(published, e => e.Id == DoubleExercise.Id);
        var files = Directory.EnumerateFiles(students, "*", SearchOption.AllDirectories).ToList();
        Assert.DoesNotContain(files, f => Path.GetFileName(f) == Exercise.HiddenChecksFile);
        // Not a line of any hidden check, under any name: the course's own (01, 05, 08) and this one's. A line the
        // visible files also hold (a hidden check may be written like a visible one) tells nothing apart.
        var visible = string.Concat(Directory.EnumerateDirectories(course)
            .SelectMany(e => StudentEdition.Files.Select(f => Path.Combine(e, f)).Where(File.Exists).Select(File.ReadAllText)));
        var hiddenLines = Directory.EnumerateFiles(course, Exercise.HiddenChecksFile, SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .Select(l => l.Trim())
            .Where(l => l.Length >= 25 && !visible.Contains(l, StringComparison.Ordinal))
            .ToList();
        Assert.Contains(hiddenLines, l => l.Contains(DoubleExercise.HiddenLine, StringComparison.Ordinal));
        Assert.All(files, f => Assert.All(hiddenLines, l => Assert.DoesNotContain(l, File.ReadAllText(f), StringComparison.Ordinal)));
        Assert.False(new ExerciseCatalog(students).Find(DoubleExercise.Id).HasHiddenChecksFile);
    }

    [Fact]
    public async Task Grader_list_does_not_print_where_the_tool_is_installed()
    {
        using var folder = new TemporaryFolder();

        var run = await GraderProcess.RunAsync(folder.Path, "list");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("03-hola-hilo", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(AppContext.BaseDirectory.TrimEnd('/'), run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    private static void CopyCourse(string destination)
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Exercises, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(RepoPaths.Exercises, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
