using Grader.Tests.Support;

namespace Grader.Tests.Cli;

/// <summary>
/// One language per run: the grader's own words (parse errors, bad input, help, doctor, validar) follow --lang,
/// Spanish by default. Each case names words only one language uses; the output in one language must hold its
/// own words and none of the other's.
/// </summary>
public sealed class OneLanguageTests
{
    public static TheoryData<string, string[], string[], string[]> Cases() => new()
    {
        // name, arguments, Spanish words, English words
        { "unknown option", ["list", "--bogus"], ["no reconocido", "Prueba «grader --help»"], ["Unrecognized", "Try 'grader --help'"] },
        { "missing argument", ["run", "01-es-vs-cpu"], ["Falta el argumento", "Prueba «grader --help»"], ["Required argument missing", "Try 'grader --help'"] },
        { "unknown exercise", ["check", "99-no-existe", "x.csx"], ["No hay ningún ejercicio «99-no-existe»", "Ejercicios:"], ["There is no exercise '99-no-existe'", "Exercises:"] },
        { "missing file", ["check", "01-es-vs-cpu", "no-existe.csx"], ["El archivo «no-existe.csx» no existe"], ["The file 'no-existe.csx' does not exist"] },
        {
            "help", ["--help"],
            ["Uso:", "Corrige una entrega", "Idioma de la salida", "Mostrar ayuda", "<ejercicio>"],
            ["Usage:", "Grade a submission", "Language of the output", "Show help", "<exercise>"]
        },
        { "help of a command", ["check", "--help"], ["Argumentos:", "Id del ejercicio"], ["Arguments:", "Exercise id"] },
        { "doctor", ["doctor"], ["Capa", "Cómo conseguirla", "capas"], ["Layer", "How to get it", "layer"] },
        {
            "validar", ["validar", "01-es-vs-cpu"],
            ["Ejercicio", "Detalle", "la plantilla compila", "correcto"],
            ["Exercise", "Detail", "stub compiles", "ok"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Spanish_by_default_and_with_lang_es_English_with_lang_en(string name, string[] args, string[] spanish, string[] english)
    {
        var byDefault = await OutputAsync(args);
        var es = await OutputAsync([.. args, "--lang", "es"]);
        var en = await OutputAsync([.. args, "--lang", "en"]);

        AssertOnly(name + " (default)", byDefault, spanish, english);
        AssertOnly(name + " --lang es", es, spanish, english);
        AssertOnly(name + " --lang en", en, english, spanish);
    }

    [Fact]
    public async Task The_language_option_counts_before_the_command_and_written_with_an_equals_sign()
    {
        var before = await OutputAsync(["--lang", "en", "check", "99-no-existe", "x.csx"]);
        var equals = await OutputAsync(["check", "99-no-existe", "x.csx", "--lang=en"]);

        Assert.Contains("There is no exercise", before, StringComparison.Ordinal);
        Assert.Contains("There is no exercise", equals, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_is_refused_in_one_Spanish_line()
    {
        var (exit, stdout, stderr) = await GraderProcess.RunAsync(RepoPaths.Root, "list", "--lang", "fr");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal(["grader: Argumento 'fr' no reconocido. Debe ser uno de: 'es' 'en'", "Prueba «grader --help»."], stderr.TrimEnd().Split('\n'));
    }

    private static async Task<string> OutputAsync(string[] args)
    {
        var (_, stdout, stderr) = await GraderProcess.RunAsync(RepoPaths.Root, args);
        return stdout + stderr;
    }

    private static void AssertOnly(string run, string output, string[] own, string[] other)
    {
        foreach (var word in own)
        {
            Assert.True(output.Contains(word, StringComparison.Ordinal), $"{run}: «{word}» is missing from:\n{output}");
        }

        foreach (var word in other)
        {
            Assert.False(output.Contains(word, StringComparison.Ordinal), $"{run}: «{word}» of the other language is in:\n{output}");
        }
    }
}
