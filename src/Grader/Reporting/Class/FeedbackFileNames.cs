using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Reporting.Class;

/// <summary>
/// The file name of each student's feedback, from the student's key (the submissions folder's name, which Moodle
/// spells "María López_12345_assignsubmission_file_"). The name must survive any file system, a zip and an upload,
/// and still tell the teacher whose file it is:
/// <list type="number">
/// <item>Moodle's "_assignsubmission_…_" tail is dropped: it is the same for everyone.</item>
/// <item>Accents are taken off (María → Maria, Ñ → N) and a few letters spelled out (ß → ss, æ → ae, ł → l).</item>
/// <item>Every run of anything other than ASCII letters, digits, '.', '-' and '_' becomes one '_'; none is left at the ends.</item>
/// <item>At most <see cref="MaxLength"/> characters; an empty result is "alumno"; Windows' device names (CON, NUL…) get a leading '_'.</item>
/// <item>Names that come out equal ignoring case get -2, -3… in the order of their keys, so the mapping is the same every run.</item>
/// </list>
/// "María López_12345_assignsubmission_file_" becomes "Maria_Lopez_12345". The writer also leaves the whole mapping
/// in retroalimentacion/indice.csv.
/// </summary>
internal static partial class FeedbackFileNames
{
    public const int MaxLength = 80;

    private static readonly string[] DeviceNames =
    [
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];

    /// <summary>Each key's file name without extension, unique even on a case-insensitive file system.</summary>
    public static IReadOnlyDictionary<string, string> For(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var name = Safe(key);
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{name}-{n.ToString(CultureInfo.InvariantCulture)}";
            }

            names[key] = unique;
        }

        return names;
    }

    /// <summary>One key's safe name, before making it unique among the class.</summary>
    public static string Safe(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var withoutMoodle = MoodleTail().Replace(key, "");
        var ascii = new StringBuilder(withoutMoodle.Length);
        // Normalize throws on half a surrogate pair, which a key read back from the gradebook may hold.
        foreach (var c in WellFormedText.Of(withoutMoodle).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            ascii.Append(c switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'Æ' => "AE",
                'œ' => "oe",
                'Œ' => "OE",
                'ø' => "o",
                'Ø' => "O",
                'ł' => "l",
                'Ł' => "L",
                'đ' => "d",
                'Đ' => "D",
                _ => c.ToString(),
            });
        }

        var name = Unsafe().Replace(ascii.ToString(), "_").Trim('_', '.', '-');
        if (name.Length > MaxLength)
        {
            name = name[..MaxLength].TrimEnd('_', '.', '-');
        }

        if (name.Length == 0)
        {
            return "alumno";
        }

        return DeviceNames.Contains(name.Split('.')[0], StringComparer.OrdinalIgnoreCase) ? "_" + name : name;
    }

    [GeneratedRegex("_assignsubmission_[A-Za-z0-9]+_?$")]
    private static partial Regex MoodleTail();

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex Unsafe();
}
