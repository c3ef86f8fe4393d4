using Grader.Reporting;

namespace Grader.Practice;

/// <summary>The words of <c>grader progreso</c> and <c>grader vigilar</c>, in each language.</summary>
internal sealed record PracticeText(
    string NotStarted,
    string Unfinished,
    string Failing,
    string Passing,
    string PassCount,
    string State,
    string Total,
    string Checking,
    string Progress,
    string ExercisesPass,
    string Keys,
    string NoHints,
    string AllHintsSeen,
    string HintOf,
    string NoFile,
    string Passed,
    string AllPass,
    string OnlyThisLeft,
    string Bye,
    string NeedsTerminal,
    string CacheFormat)
{
    public static PracticeText For(Language language) => language == Language.En ? English : Spanish;

    public string Of(ExerciseState state) => state switch
    {
        ExerciseState.NotStarted => NotStarted,
        ExerciseState.Unfinished => Unfinished,
        ExerciseState.Failing => Failing,
        _ => Passing,
    };

    /// <summary>How many files were graded now and how many results came from the cache.</summary>
    public string CacheLine(int graded, int cached) => string.Format(System.Globalization.CultureInfo.InvariantCulture, CacheFormat, graded, cached);

    private static readonly PracticeText Spanish = new(
        NotStarted: "sin empezar",
        Unfinished: "sin terminar",
        Failing: "falla",
        Passing: "pasa",
        PassCount: "pasan",
        State: "Estado",
        Total: "Total",
        Checking: "Comprobando",
        Progress: "Progreso",
        ExercisesPass: "ejercicios pasan",
        Keys: "Teclas: s siguiente · p pista · l lista · t comprobar todos · q salir",
        NoHints: "Este ejercicio no tiene pistas: lee las de las comprobaciones que fallan.",
        AllHintsSeen: "Ya has visto todas las pistas de este ejercicio ({0} de {0}).",
        HintOf: "Pista {0} de {1}",
        NoFile: "Aún no hay archivo para {0}: escribe «grader empezar {0}» o crea {0}.csx en esta carpeta.",
        Passed: "¡Pasa! Pulsa s para ir al siguiente ejercicio.",
        AllPass: "¡Todos los ejercicios pasan!",
        OnlyThisLeft: "Solo te queda este ejercicio.",
        Bye: "Hasta luego.",
        NeedsTerminal: "grader vigilar lee teclas y necesita un terminal: su entrada no puede venir de una redirección ni de una tubería (needs a terminal: its input cannot be redirected).",
        CacheFormat: "Corregidos ahora: {0} · de la caché: {1}");

    private static readonly PracticeText English = new(
        NotStarted: "not started",
        Unfinished: "unfinished",
        Failing: "failing",
        Passing: "passing",
        PassCount: "pass",
        State: "State",
        Total: "Total",
        Checking: "Checking",
        Progress: "Progress",
        ExercisesPass: "exercises pass",
        Keys: "Keys: s next · p hint · l list · t check all · q quit",
        NoHints: "This exercise has no hints: read those of the checks that fail.",
        AllHintsSeen: "You have seen every hint of this exercise ({0} of {0}).",
        HintOf: "Hint {0} of {1}",
        NoFile: "There is no file for {0} yet: run 'grader empezar {0}' or create {0}.csx in this folder.",
        Passed: "It passes! Press s for the next exercise.",
        AllPass: "Every exercise passes!",
        OnlyThisLeft: "This is the only exercise left.",
        Bye: "Bye.",
        NeedsTerminal: "grader vigilar reads keys and needs a terminal: its input cannot be redirected or piped (necesita un terminal).",
        CacheFormat: "Graded now: {0} · from the cache: {1}");
}
