using System.Text;
using Grader.Checks;

namespace Grader.Runner;

/// <summary>What one capture has collected: the text up to a limit, and each write with its thread.</summary>
internal sealed class CaptureBuffer(int limit)
{
    private readonly StringBuilder text = new();
    private readonly List<ConsoleWrite> writes = [];

    public bool Truncated { get; private set; }

    /// <summary>Called under the console's lock.</summary>
    public void Append(string value, int threadId)
    {
        var room = limit - text.Length;
        var kept = room >= value.Length ? value : value[..Math.Max(room, 0)];
        Truncated |= kept.Length < value.Length;
        if (kept.Length > 0)
        {
            text.Append(kept);
            writes.Add(new ConsoleWrite(threadId, kept));
        }
    }

    public string Text => text.ToString();

    public IReadOnlyList<ConsoleWrite> Writes => writes.ToList();
}
