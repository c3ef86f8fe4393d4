using Grader.Tests.Support;

namespace Grader.Tests.Practice;

/// <summary><c>grader vigilar</c> in a real terminal (tmux), as a student uses it: save, read, ask for hints, fix.</summary>
public sealed class WatchCommandTests
{
    [TmuxFact]
    public async Task Vigilar_checks_each_save_gives_hints_one_level_at_a_time_and_moves_the_progress_bar()
    {
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "03-hola-hilo.csx");
        using var terminal = new TmuxSession(folder.Path, 200, 80,
            "dotnet", Path.Combine(AppContext.BaseDirectory, "grader.dll"), "vigilar", "03-hola-hilo", "--carpeta", folder.Path, "--exercises", RepoPaths.Exercises);

        await terminal.WaitForAsync("Aún no hay archivo para 03-hola-hilo");
        var start = await terminal.WaitForAsync("Teclas: s siguiente · p pista · l lista · t comprobar todos · q salir");
        Assert.Contains("0/10 ejercicios pasan", start, StringComparison.Ordinal);

        // A wrong file: the thread is never joined.
        File.Copy(Path.Combine(RepoPaths.Submissions, "03-hola-hilo", "sin-join.csx"), file);
        var failing = await terminal.WaitForAsync("Puntuación: 6/10");
        Assert.Contains("✘ falla", failing, StringComparison.Ordinal);
        Assert.Contains("0/10 ejercicios pasan", failing, StringComparison.Ordinal);

        terminal.Press("p");
        var first = await terminal.WaitForAsync("Pista 1 de 3: Llamar a HolaHilo() la ejecuta en el hilo actual");
        Assert.DoesNotContain("Pista 2 de 3", first, StringComparison.Ordinal);
        terminal.Press("p");
        var second = await terminal.WaitForAsync("Pista 2 de 3: new Thread(HolaHilo)");
        Assert.DoesNotContain("Pista 3 de 3", second, StringComparison.Ordinal);

        // The fix, saved as many editors save: written aside, then renamed over the file.
        var aside = Path.Combine(folder.Path, ".03-hola-hilo.csx.tmp");
        File.Copy(RepoPaths.Exercise("03-hola-hilo", "solucion.csx"), aside);
        File.Move(aside, file, overwrite: true);
        var passing = await terminal.WaitForAsync("Puntuación: 10/10");
        Assert.Contains("1/10 ejercicios pasan", passing, StringComparison.Ordinal);
        Assert.Contains("¡Pasa! Pulsa s para ir al siguiente ejercicio.", passing, StringComparison.Ordinal);

        terminal.Press("l");
        var list = await terminal.WaitForAsync("Total");
        Assert.Matches(@"│ 03-hola-hilo +│[^│]+│ pasa +│ +10/10 │", list);
        Assert.Matches(@"│ 04-multiproceso +│[^│]+│ sin empezar +│ +0/10 │", list);

        // The next exercise that does not pass, after this one; its hints start again from the first level.
        terminal.Press("s");
        await terminal.WaitForAsync("Aún no hay archivo para 04-multiproceso");
        terminal.Press("p");
        var next = await terminal.WaitForAsync("Pista 1 de 3: En .NET no hay fork");
        Assert.DoesNotContain("Pista 2 de 3", next, StringComparison.Ordinal);

        terminal.Press("q");
        var end = await terminal.WaitForAsync("salida=");
        Assert.Contains("Hasta luego.", end, StringComparison.Ordinal);
        Assert.Contains("salida=0", end, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vigilar_refuses_input_that_is_not_a_terminal()
    {
        using var folder = new TemporaryFolder();
        var start = GraderProcess.StartInfo(folder.Path, "vigilar", "--carpeta", folder.Path, "--exercises", RepoPaths.Exercises);
        start.RedirectStandardInput = true;

        var (exit, stdout, stderr) = await GraderProcess.RunAsync(start, TimeSpan.FromSeconds(60));

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("grader: grader vigilar lee teclas y necesita un terminal", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }
}
