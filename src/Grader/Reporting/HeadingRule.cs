using Spectre.Console;
using Spectre.Console.Rendering;

namespace Grader.Reporting;

/// <summary>
/// A report's heading drawn as Spectre.Console's left-justified <see cref="Rule"/> draws one ("── title ─────"), but
/// with a title of literal text. Rule takes its title as markup only, and markup turns an emoji shortcode in a file
/// name (":check_mark_button:.csx") into the emoji, whatever is escaped.
/// </summary>
internal sealed class HeadingRule(IReadOnlyList<Segment> title) : Renderable
{
    /// <summary>The line before the title, as Rule's: two pieces of line, then a space on each side of the title.</summary>
    private const int Lead = 2;

    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        ArgumentNullException.ThrowIfNull(options);
        var line = BoxBorder.Square.GetSafeBorder(safe: !options.Unicode).GetPart(BoxBorderPart.Top);
        var room = maxWidth - (2 * (Lead + 1));
        if (room <= 0)
        {
            return [new Segment(string.Concat(Enumerable.Repeat(line, maxWidth))), Segment.LineBreak];
        }

        var shown = Segment.CellCount(title) <= room ? [.. title] : Truncated(room);
        var rest = maxWidth - Segment.CellCount(shown) - Lead - 2;
        return
        [
            new Segment(string.Concat(Enumerable.Repeat(line, Lead)) + " "),
            .. shown,
            new Segment(" " + string.Concat(Enumerable.Repeat(line, rest))),
            Segment.LineBreak,
        ];
    }

    /// <summary>As much of the title as fits, cut inside the piece that overflows, and an ellipsis for the rest.</summary>
    private List<Segment> Truncated(int room)
    {
        var kept = new List<Segment>();
        var width = 0;
        foreach (var piece in title)
        {
            if (Segment.Truncate(piece, room - 1 - width) is not { } cut)
            {
                break;
            }

            kept.Add(cut);
            width += cut.CellCount();
            if (cut.CellCount() < piece.CellCount())
            {
                break;
            }
        }

        kept.Add(new Segment("…", kept.Count > 0 ? kept[^1].Style : Style.Plain));
        return kept;
    }
}
