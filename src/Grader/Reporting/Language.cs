using Grader.Checks;

namespace Grader.Reporting;

/// <summary>The language of everything the student reads: Spanish first, English available.</summary>
internal enum Language
{
    Es,
    En,
}

internal static class LanguageExtensions
{
    public static string In(this LocalizedText text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return language == Language.En ? text.En : text.Es;
    }

    public static string Code(this Language language) => language == Language.En ? "en" : "es";

    public static Language Parse(string code) => code == "en" ? Language.En : Language.Es;
}
