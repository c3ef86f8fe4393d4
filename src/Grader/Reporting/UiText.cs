using System.Globalization;

namespace Grader.Reporting;

/// <summary>
/// The grader's own words (command-line errors, help, <c>doctor</c>, <c>validar</c>) in this run's language. The
/// command line chooses it from <c>--lang</c> before any command is built, and makes it the UI culture too:
/// System.CommandLine words its own help and parse errors by that culture (it ships Spanish resources), so one
/// setting gives one language. Until then (tests, the compile worker) it is English whatever the machine's
/// culture, so the same code says the same words on every machine.
/// </summary>
internal static class UiText
{
    private static Language chosen = Language.En;

    public static Language Current => chosen;

    public static string Say(string es, string en) => chosen == Language.Es ? es : en;

    /// <summary>Makes <paramref name="language"/> this process's language, and its UI culture on every thread.</summary>
    public static void Use(Language language)
    {
        chosen = language;
        var culture = CultureInfo.GetCultureInfo(language == Language.Es ? "es-ES" : "en");
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
    }
}
