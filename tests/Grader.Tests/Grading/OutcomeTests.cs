using Grader.Grading;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// Every way a submission can end is told apart: each test changes one function of the reference solution of
/// 01-es-vs-cpu and asserts the verdict, the reason and the words the student reads.
/// </summary>
public sealed class OutcomeTests
{
    private const string Id = "01-es-vs-cpu";
    private const string Join = "return string.Join(\"\\n\", lineas);";
    private const string Classify = "return paso switch";
    private static readonly GradingOptions ShortLimit = new() { WallLimit = TimeSpan.FromSeconds(4) };

    [Fact]
    public async Task A_failed_check_says_what_was_expected_what_came_and_gives_a_hint()
    {
        var source = Support.Grading.SolutionWith(Id, Join, "return string.Join(\"\\n\", lineas) + \"\\n\";");

        var report = await Support.Grading.SourceAsync(Id, source);

        Assert.Equal(GradeStatus.Fail, report.Status);
        Assert.Equal(8, report.Score);
        var join = Support.Grading.Test(report, "une_cabeceras");
        Assert.Equal(TestStatus.Fail, join.Status);
        Assert.Contains("sobra el salto de línea del final", join.Message!.Es, StringComparison.Ordinal);
        Assert.Equal("Date: hoy\nServer: local", join.Expected);
        Assert.Equal("Date: hoy\nServer: local\n", join.Actual);
        Assert.NotNull(join.Hint);
    }

    [Fact]
    public async Task A_compile_error_reads_like_the_compiler_in_Spanish_with_its_location()
    {
        var source = Support.Grading.SolutionWith(Id, Join, Join.TrimEnd(';'));

        var report = await Support.Grading.SourceAsync(Id, source);

        Assert.Equal(GradeStatus.Error, report.Status);
        Assert.Equal(FailureReason.CompileError, report.Reason);
        var error = Assert.Single(report.CompilerMessages);
        Assert.Equal(("mi-solucion.csx", LineOf(source, Join.TrimEnd(';')), "CS1002"), (error.File, error.Line, error.Id));
        Assert.Equal("Se esperaba ;", error.MessageEs);
        Assert.Equal("; expected", error.MessageEn);
        Assert.Empty(report.Tests);
    }

    [Fact]
    public async Task An_exception_in_the_students_code_names_their_function_and_line()
    {
        const string Throwing = "return lineas[lineas.Count];";
        var source = Support.Grading.SolutionWith(Id, Join, Throwing);

        var report = await Support.Grading.SourceAsync(Id, source);

        Assert.Equal(GradeStatus.Fail, report.Status);
        var message = Support.Grading.Test(report, "une_cabeceras").Message!.Es;
        Assert.Contains($"La función UnirCabeceras (línea {LineOf(source, Throwing)}) lanzó System.ArgumentOutOfRangeException", message, StringComparison.Ordinal);
        Assert.Contains("UnirCabeceras", report.ProgramError!.Es, StringComparison.Ordinal);
        Assert.Equal(TestStatus.Pass, Support.Grading.Test(report, "clasifica_pasos").Status);
    }

    [Fact]
    public async Task Reports_timeout_when_the_submission_loops_forever_and_grades_the_next_one()
    {
        var source = Support.Grading.SolutionWith(Id, Classify, "while (true) { }\n    return paso switch");

        var report = await Support.Grading.SourceAsync(Id, source, ShortLimit);
        var next = await Support.Grading.FileAsync(Id, RepoPaths.Exercise(Id, "solucion.csx"));

        Assert.Equal((GradeStatus.Error, FailureReason.Timeout), (report.Status, report.Reason));
        Assert.Contains("no terminó en 4 s", report.Message.Es, StringComparison.Ordinal);
        Assert.Contains("clasifica_pasos", report.Message.Es, StringComparison.Ordinal);
        // Every check before clasifica_pasos passed; it and the hidden check after it (1 point) never finished.
        Assert.Equal(7, report.Score);
        Assert.Equal(TestStatus.Error, Support.Grading.Test(report, "clasifica_pasos").Status);
        Assert.Equal(GradeStatus.Pass, next.Status);
    }

    [Fact]
    public async Task Reports_crash_when_the_submission_overflows_its_stack()
    {
        var source = Support.Grading.SolutionWith(Id, Join, "return UnirCabeceras(lineas);");

        var report = await Support.Grading.SourceAsync(Id, source);

        Assert.Equal((GradeStatus.Error, FailureReason.Crash), (report.Status, report.Reason));
        Assert.Contains("desbordamiento de pila", report.Message.Es, StringComparison.Ordinal);
        Assert.Contains("UnirCabeceras", report.Message.Es, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_memory_limit_when_the_submission_eats_memory()
    {
        var source = Support.Grading.SolutionWith(Id, Classify,
            "var basura = new List<byte[]>();\n    while (true) { basura.Add(new byte[1 << 20]); }\n    return paso switch");

        var report = await Support.Grading.SourceAsync(Id, source, ShortLimit);

        Assert.Equal((GradeStatus.Error, FailureReason.MemoryLimit), (report.Status, report.Reason));
        Assert.Contains("256 MB", report.Message.Es, StringComparison.Ordinal);
        // As with the timeout: neither clasifica_pasos nor the hidden check after it finished.
        Assert.Equal(7, report.Score);
    }

    [Fact]
    public async Task Reports_output_limit_when_the_submission_prints_without_end_and_keeps_the_start()
    {
        var source = Support.Grading.SolutionWith(Id, Classify, "while (true) { Console.WriteLine(\"¡Hola!\"); }\n    return paso switch");

        var report = await Support.Grading.SourceAsync(Id, source, ShortLimit);

        Assert.Equal((GradeStatus.Error, FailureReason.OutputLimit), (report.Status, report.Reason));
        Assert.Contains("256 KB", report.Message.Es, StringComparison.Ordinal);
        Assert.StartsWith("Date: Mon, 13 Jan 2025", report.ProgramOutput, StringComparison.Ordinal);
        Assert.Contains("¡Hola!", report.ProgramOutput, StringComparison.Ordinal);
        Assert.True(report.ProgramOutput!.Length <= 2001);
    }

    [Theory]
    [InlineData("#r \"nuget: Newtonsoft.Json, 13.0.1\"", "GR0001")]
    [InlineData("#load \"otro.csx\"", "GR0002")]
    [InlineData("#:package Newtonsoft.Json@13.0.1", "GR0003")]
    [InlineData("#:sdk Microsoft.NET.Sdk.Web", "GR0003")]
    [InlineData("#:property AllowUnsafeBlocks=true", "GR0003")]
    [InlineData("#:cualquier cosa", "GR0003")]
    public async Task Refuses_directives_that_pull_in_outside_code(string directive, string id)
    {
        var source = directive + "\n" + File.ReadAllText(RepoPaths.Exercise(Id, "solucion.csx"));

        var report = await Support.Grading.SourceAsync(Id, source);

        Assert.Equal((GradeStatus.Error, FailureReason.Forbidden), (report.Status, report.Reason));
        var message = Assert.Single(report.CompilerMessages);
        Assert.Equal((id, 1), (message.Id, message.Line));
    }

    [Fact]
    public async Task A_cs_file_may_start_with_a_shebang_and_is_graded_as_its_script()
    {
        var source = "#!/usr/bin/env dotnet\n" + File.ReadAllText(RepoPaths.Exercise(Id, "solucion.csx"));

        var passed = await Support.Grading.SourceAsync(Id, source, name: Id + ".cs");
        var refused = await Support.Grading.SourceAsync(Id, source.Insert(source.IndexOf('\n', StringComparison.Ordinal) + 1, "#:package Humanizer@2.14.1\n"), name: Id + ".cs");

        Assert.True(passed.Status == GradeStatus.Pass, Support.Grading.Describe(passed));
        Assert.Equal((GradeStatus.Error, FailureReason.Forbidden), (refused.Status, refused.Reason));
        var message = Assert.Single(refused.CompilerMessages);
        Assert.Equal(("GR0003", 2), (message.Id, message.Line));
    }

    [Fact]
    public async Task Exiting_the_process_early_is_refused_before_anything_runs()
    {
        var source = Support.Grading.SolutionWith(Id, Classify, "Environment.Exit(0);\n    return paso switch");

        var report = await Support.Grading.SourceAsync(Id, source);

        Assert.Equal((GradeStatus.Error, FailureReason.Forbidden), (report.Status, report.Reason));
        Assert.Equal("GR0103", Assert.Single(report.CompilerMessages).Id);
    }

    [Fact]
    public async Task A_finalizer_that_throws_ends_in_a_crash_never_in_a_pass()
    {
        var source = Support.Grading.SolutionWith(Id, Classify,
            "new Bomba(); GC.Collect(); GC.WaitForPendingFinalizers();\n    return paso switch")
            + "\nclass Bomba { ~Bomba() { throw new InvalidOperationException(\"desde un finalizador\"); } }\n";

        var report = await Support.Grading.SourceAsync(Id, source);

        Assert.Equal((GradeStatus.Error, FailureReason.Crash), (report.Status, report.Reason));
        Assert.Contains("desde un finalizador", report.Message.Es, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printing_records_of_the_result_channel_forges_nothing()
    {
        var source = Support.Grading.SolutionWith(Id, "\"formatear\" => \"CPU\",", "\"formatear\" => \"E/S\",")
            + "\nConsole.WriteLine(\"{\\\"t\\\":\\\"check\\\",\\\"name\\\":\\\"clasifica_pasos\\\",\\\"verdict\\\":{\\\"status\\\":\\\"Pass\\\"},\\\"output\\\":\\\"\\\",\\\"elapsedMilliseconds\\\":1}\");"
            + "\nConsole.WriteLine(\"{\\\"t\\\":\\\"done\\\"}\");";

        var report = await Support.Grading.SourceAsync(Id, source);

        Assert.Equal(TestStatus.Fail, Support.Grading.Test(report, "clasifica_pasos").Status);
        Assert.Equal(GradeStatus.Fail, report.Status);
    }

    [Fact]
    public async Task Writing_records_into_the_result_pipe_is_detected_and_forges_nothing()
    {
        // The runner's command line names the channel's descriptor: the attack writes records straight into it.
        const string Forge = """
            var argumentos = Environment.GetCommandLineArgs();
            var canal = "/proc/self/fd/" + argumentos[Array.IndexOf(argumentos, "--channel") + 1];
            File.AppendAllText(canal, "{\"t\":\"check\",\"name\":\"clasifica_pasos\",\"verdict\":{\"status\":\"Pass\"},\"output\":\"\",\"elapsedMilliseconds\":1}\n{\"t\":\"done\"}\n");
            """;
        var source = Support.Grading.SolutionWith(Id, "\"formatear\" => \"CPU\",", "\"formatear\" => \"E/S\",") + "\n" + Forge;

        var report = await Support.Grading.SourceAsync(Id, source);

        // Under a dropped uid the pipe cannot even be reopened; as the grader's own user the write goes through
        // and is recognised as forged. Either way nothing passes that should not.
        var refused = report.ProgramError?.En.Contains("UnauthorizedAccessException", StringComparison.Ordinal) == true;
        var detected = (report.Status, report.Reason) == (GradeStatus.Error, FailureReason.Forbidden);
        Assert.True(refused || detected, Support.Grading.Describe(report));
        Assert.Equal(TestStatus.Fail, Support.Grading.Test(report, "clasifica_pasos").Status);
    }

    [Fact]
    public async Task A_huge_actual_text_fails_its_check_and_loses_no_later_result()
    {
        // Huge only for the check's own input, so the program's output stays small.
        var source = Support.Grading.SolutionWith(Id, Join, "return lineas.Count == 2 && lineas[0] == \"Date: hoy\" ? new string('x', 1_100_000) : string.Join(\"\\n\", lineas);");

        var report = await Support.Grading.SourceAsync(Id, source, new GradingOptions { WallLimit = TimeSpan.FromSeconds(20) });

        Assert.Equal(TestStatus.Fail, Support.Grading.Test(report, "une_cabeceras").Status);
        Assert.Equal(TestStatus.Pass, Support.Grading.Test(report, "clasifica_pasos").Status);
        Assert.NotEqual(FailureReason.Crash, report.Reason);
    }

    [Fact]
    public async Task An_exception_nobody_catches_on_a_students_thread_is_a_crash_that_says_which()
    {
        var source = Support.Grading.SolutionWith(Id, Classify,
            "var hilo = new Thread(() => throw new InvalidOperationException(\"desde un hilo\"));\n    hilo.Start();\n    hilo.Join();\n    return paso switch");

        var report = await Support.Grading.SourceAsync(Id, source);

        Assert.Equal((GradeStatus.Error, FailureReason.Crash), (report.Status, report.Reason));
        Assert.Contains("desde un hilo", report.Message.Es, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_function_with_another_signature_fails_the_checks_that_call_it_and_only_those()
    {
        var source = Support.Grading.SolutionWith(Id, "string UnirCabeceras(List<string> lineas)", "string UnirCabeceras(string[] lineas)")
            .Replace("var texto = UnirCabeceras(cabeceras);", "var texto = UnirCabeceras(cabeceras.ToArray());", StringComparison.Ordinal);

        var report = await Support.Grading.SourceAsync(Id, source);

        Assert.Equal(GradeStatus.Fail, report.Status);
        Assert.Contains("CS1503", Support.Grading.Test(report, "une_cabeceras").Message!.Es, StringComparison.Ordinal);
        Assert.Contains("no encaja con lo que pide el enunciado", Support.Grading.Test(report, "une_cabeceras").Message!.Es, StringComparison.Ordinal);
        Assert.Equal(TestStatus.Pass, Support.Grading.Test(report, "formatea_cabeceras").Status);
        Assert.Equal(TestStatus.Pass, Support.Grading.Test(report, "clasifica_pasos").Status);
    }

    private static int LineOf(string source, string text) =>
        source.Split('\n').Select((line, index) => (line, index)).First(x => x.line.Contains(text, StringComparison.Ordinal)).index + 1;
}
