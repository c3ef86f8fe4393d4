namespace Grader.Checks;

/// <summary>A text for the student, in Spanish first and English.</summary>
public sealed record LocalizedText(string Es, string En)
{
    /// <summary>For text that reads the same in both languages, such as code or numbers.</summary>
    public static LocalizedText Same(string text) => new(text, text);
}
