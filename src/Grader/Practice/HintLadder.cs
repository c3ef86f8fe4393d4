using Grader.Checks;

namespace Grader.Practice;

/// <summary>
/// An exercise's hints given one level per request, from the idea to the exact line, never all at once: a student
/// who wanted the answer would otherwise stop reading at the first level that gives it away.
/// </summary>
internal sealed class HintLadder(IReadOnlyList<LocalizedText> levels)
{
    /// <summary>How many levels the student has seen.</summary>
    public int Shown { get; private set; }

    public int Count => levels.Count;

    /// <summary>The levels seen so far, in order, to show again when the screen is drawn anew.</summary>
    public IEnumerable<(int Level, LocalizedText Hint)> Seen => levels.Take(Shown).Select((h, i) => (i + 1, h));

    /// <summary>The next level (1-based) and its text, or null when every level has been seen (or there is none).</summary>
    public (int Level, LocalizedText Hint)? Next()
    {
        if (Shown >= levels.Count)
        {
            return null;
        }

        Shown++;
        return (Shown, levels[Shown - 1]);
    }
}
