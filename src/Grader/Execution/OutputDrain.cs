using System.Text;

namespace Grader.Execution;

/// <summary>Reads one output stream of the child to its end, keeping what fits in the shared budget.</summary>
internal sealed class OutputDrain
{
    private readonly System.Buffers.ArrayBufferWriter<byte> kept = new();
    private readonly Task reading;
    private long total;

    public OutputDrain(Stream stream, OutputBudget budget, Action<string>? live)
    {
        reading = Task.Run(() => ReadAsync(stream, budget, live));
    }

    /// <summary>Waits for the stream to close, at most <paramref name="patience"/> (a grandchild may hold it open).</summary>
    public async Task<CapturedText> FinishAsync(TimeSpan patience)
    {
        await Task.WhenAny(reading, Task.Delay(patience)).ConfigureAwait(false);
        lock (kept)
        {
            var text = Encoding.UTF8.GetString(kept.WrittenSpan);
            return new CapturedText(text, Interlocked.Read(ref total), total > kept.WrittenCount);
        }
    }

    private async Task ReadAsync(Stream stream, OutputBudget budget, Action<string>? live)
    {
        var buffer = new byte[16 * 1024];
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                Interlocked.Add(ref total, read);
                var fits = budget.Spend(read);
                if (fits > 0)
                {
                    lock (kept)
                    {
                        System.Buffers.BuffersExtensions.Write(kept, buffer.AsSpan(0, fits));
                    }

                    if (live is not null)
                    {
                        var count = decoder.GetChars(buffer, 0, fits, chars, 0);
                        live(new string(chars, 0, count));
                    }
                }
            }
        }
        catch (IOException)
        {
            // The process was killed mid-write.
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
