using System.Text;

namespace Grader.Execution;

/// <summary>
/// Reads a stream line by line (each ending with '\n') holding at most <c>maxLineBytes</c> of any one line: a longer
/// line is reported as too long, and the rest of it is read and dropped up to its newline. <c>StreamReader.ReadLine</c>
/// holds a line however long it is, and what writes into the result channel can be the student's code: gigabytes
/// without a newline would all be held in the grader, which grades a whole class at once.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] chunk = new byte[64 * 1024];
    private int chunkStart;
    private int chunkEnd;
    private byte[] line = new byte[Math.Min(4096, maxLineBytes)];
    private int lineLength;

    /// <summary>The most bytes of one line held at any moment: never more than the limit.</summary>
    public int MostHeld { get; private set; }

    /// <returns>The next line without its '\n' (a last line without one too), a line marked too long, or null at the end.</returns>
    public async Task<Line?> ReadLineAsync()
    {
        var tooLong = false;
        lineLength = 0;
        while (true)
        {
            if (chunkStart == chunkEnd)
            {
                chunkStart = 0;
                chunkEnd = await stream.ReadAsync(chunk).ConfigureAwait(false);
                if (chunkEnd == 0)
                {
                    return tooLong ? new Line(null) : lineLength > 0 ? Finish() : null;
                }
            }

            var newline = Array.IndexOf(chunk, (byte)'\n', chunkStart, chunkEnd - chunkStart);
            var partEnd = newline < 0 ? chunkEnd : newline;
            if (!tooLong)
            {
                tooLong = !Append(chunk.AsSpan(chunkStart, partEnd - chunkStart));
            }

            chunkStart = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0)
            {
                return tooLong ? new Line(null) : Finish();
            }
        }
    }

    /// <returns>False, holding nothing more, when the line would grow past the limit.</returns>
    private bool Append(ReadOnlySpan<byte> part)
    {
        if (lineLength + part.Length > maxLineBytes)
        {
            lineLength = 0;
            return false;
        }

        if (lineLength + part.Length > line.Length)
        {
            Array.Resize(ref line, Math.Min(maxLineBytes, Math.Max(line.Length * 2, lineLength + part.Length)));
        }

        part.CopyTo(line.AsSpan(lineLength));
        lineLength += part.Length;
        MostHeld = Math.Max(MostHeld, lineLength);
        return true;
    }

    private Line Finish() => new(Encoding.UTF8.GetString(line, 0, lineLength));

    /// <summary>A line's text, or null for a line longer than the limit.</summary>
    public readonly record struct Line(string? Text)
    {
        public bool TooLong => Text is null;
    }
}
