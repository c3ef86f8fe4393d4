using System.Text.Json;
using Grader.Tests.Support;

namespace Grader.Tests.Practice;

/// <summary><c>grader progreso</c> on a student's folder: each exercise's state, the total, and the cache.</summary>
public sealed class ProgressCommandTests
{
    [Fact]
    public async Task Progreso_shows_each_state_and_the_total_and_a_second_run_takes_every_result_from_the_cache()
    {
        using var folder = StudentFolder();

        var first = await Progreso(folder.Path);
        var second = await Progreso(folder.Path);

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal("03-hola-hilo pasa 10/10", Row(first.Stdout, "03-hola-hilo"));
        Assert.Equal("02-procesos-hilos falla 8/10", Row(first.Stdout, "02-procesos-hilos"));
        Assert.Equal("01-es-vs-cpu sin terminar 0/10", Row(first.Stdout, "01-es-vs-cpu"));
        Assert.Equal("10-condicion-carrera sin terminar 0/10", Row(first.Stdout, "10-condicion-carrera"));
        Assert.Equal("04-multiproceso sin empezar 0/10", Row(first.Stdout, "04-multiproceso"));
        Assert.Equal("Total 1/10 pasan 18/100", Row(first.Stdout, "Total"));
        // 10's file is the stub as handed out: known unfinished without grading it.
        Assert.Contains("Corregidos ahora: 3 · de la caché: 0", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(["01-es-vs-cpu", "02-procesos-hilos", "03-hola-hilo"], CachedExercises(folder.Path));

        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("Corregidos ahora: 0 · de la caché: 3", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(Rows(first.Stdout), Rows(second.Stdout));
        Assert.DoesNotContain("Comprobando", second.Stderr, StringComparison.Ordinal);

        // A changed file is graded again; the others still come from the cache.
        File.Copy(RepoPaths.Exercise("02-procesos-hilos", "solucion.csx"), Path.Combine(folder.Path, "02-procesos-hilos.csx"), overwrite: true);
        var third = await Progreso(folder.Path, "--lang", "en");
        Assert.Contains("Graded now: 1 · from the cache: 2", third.Stdout, StringComparison.Ordinal);
        Assert.Equal("02-procesos-hilos passing 10/10", Row(third.Stdout, "02-procesos-hilos"));
        Assert.Equal("Total 2/10 pass 20/100", Row(third.Stdout, "Total"));
    }

    [Fact]
    public async Task In_the_student_edition_the_points_are_out_of_the_visible_checks_and_the_hidden_ones_are_said_to_come_on_submission()
    {
        using var folder = new TemporaryFolder();
        var edition = Path.Combine(folder.Path, "curso");
        var published = await GraderProcess.RunAsync(folder.Path, "curso", "publicar", "--exercises", RepoPaths.Exercises, "--alumnos", edition);
        Assert.True(published.ExitCode == 0, published.Stderr);
        var work = Directory.CreateDirectory(Path.Combine(folder.Path, "trabajo")).FullName;
        File.Copy(RepoPaths.Exercise("01-es-vs-cpu", "solucion.csx"), Path.Combine(work, "01-es-vs-cpu.csx"));

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(work, "progreso", "--exercises", edition);

        Assert.True(exit == 0, stderr);
        // 01 has one hidden check of 1 point, not in the edition: 9 of 9 visible, never 9 of 10 nor 10 of 10.
        Assert.Equal("01-es-vs-cpu pasa 9/9", Row(stdout, "01-es-vs-cpu"));
        Assert.Equal("05-fibonacci-hilos sin empezar 0/9", Row(stdout, "05-fibonacci-hilos"));
        Assert.Equal("Total 1/10 pasan 9/97", Row(stdout, "Total"));
        Assert.Contains("9/97 puntos en las comprobaciones visibles; 3 comprobaciones ocultas (3 puntos) se califican al entregar.", Flattened(stdout), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_cache_is_ignored_and_written_anew()
    {
        using var folder = new TemporaryFolder();
        File.Copy(RepoPaths.Exercise("03-hola-hilo", "solucion.csx"), Path.Combine(folder.Path, "03-hola-hilo.csx"));
        Directory.CreateDirectory(Path.Combine(folder.Path, ".grader"));
        File.WriteAllText(Path.Combine(folder.Path, ".grader", "progreso.json"), "{\"version\": 1, \"entradas\": [[red]:check_mark_button: \u001b[2J");

        var (exit, stdout, stderr) = await Progreso(folder.Path);

        Assert.True(exit == 0, stderr);
        Assert.Equal("", stderr.Replace("Comprobando 03-hola-hilo.csx…\n", "", StringComparison.Ordinal));
        Assert.Contains("Corregidos ahora: 1 · de la caché: 0", stdout, StringComparison.Ordinal);
        Assert.Equal("03-hola-hilo pasa 10/10", Row(stdout, "03-hola-hilo"));
        Assert.Equal(["03-hola-hilo"], CachedExercises(folder.Path));
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_bad_input()
    {
        using var folder = new TemporaryFolder();

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(folder.Path, "progreso", "--carpeta", "no-existe", "--exercises", RepoPaths.Exercises);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("grader: La carpeta «no-existe» no existe", stderr, StringComparison.Ordinal);
    }

    /// <summary>03 solved, 02 failing (8/10), 01 started (unfinished, graded), 10 the stub as handed out, the rest missing.</summary>
    private static TemporaryFolder StudentFolder()
    {
        var folder = new TemporaryFolder();
        File.Copy(RepoPaths.Exercise("03-hola-hilo", "solucion.csx"), Path.Combine(folder.Path, "03-hola-hilo.csx"));
        File.Copy(Path.Combine(RepoPaths.Submissions, "02-procesos-hilos", "id-del-hilo.csx"), Path.Combine(folder.Path, "02-procesos-hilos.csx"));
        folder.Write("01-es-vs-cpu.csx", File.ReadAllText(RepoPaths.Exercise("01-es-vs-cpu", "plantilla.csx")) + "\n// Empiezo mañana.\n");
        File.Copy(RepoPaths.Exercise("10-condicion-carrera", "plantilla.csx"), Path.Combine(folder.Path, "10-condicion-carrera.csx"));
        folder.Write("notas.csx", "// no es un ejercicio");
        return folder;
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> Progreso(string folder, params string[] more) =>
        GraderProcess.RunAsync(TimeSpan.FromMinutes(3), folder, ["progreso", "--carpeta", folder, "--exercises", RepoPaths.Exercises, .. more]);

    /// <summary>The table's rows (plain when redirected) as their cells but the title, joined by one space.</summary>
    private static List<string> Rows(string stdout) =>
        [.. stdout.Split('\n')
            .Where(line => line.StartsWith('│'))
            .Select(line => line.Split('│', StringSplitOptions.RemoveEmptyEntries).Select(cell => cell.Trim()).ToList())
            .Select(cells => string.Join(' ', new[] { cells[0], cells[2], cells[3] }.Where(c => c.Length > 0)))];

    private static string Row(string stdout, string first) =>
        Assert.Single(Rows(stdout), row => row.StartsWith(first + " ", StringComparison.Ordinal));

    private static List<string> CachedExercises(string folder)
    {
        using var cache = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ".grader", "progreso.json")));
        return [.. cache.RootElement.GetProperty("entradas").EnumerateArray().Select(e => e.GetProperty("ejercicio").GetString()!)];
    }

    private static string Flattened(string stdout) => string.Join(' ', stdout.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
