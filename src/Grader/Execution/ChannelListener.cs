using System.Text.Json;
using Grader.Protocol;

namespace Grader.Execution;

/// <summary>
/// Reads the records the runner sends over the result pipe. A line that is not a sealed record, or longer than any
/// record, is counted as forged and the listening goes on; no line is held past <see cref="MaxLineBytes"/>.
/// </summary>
internal sealed class ChannelListener
{
    // A record holds up to three texts of 64 K characters, and JSON may write each character as six: the runner's
    // lines are ASCII (JSON's default escaping), so this many bytes is this many characters.
    public const int MaxLineBytes = 4 << 20;
    private const int MaxRecords = 10_000;
    private readonly List<ChannelRecord> records = [];
    private readonly BoundedLineReader lines;
    private readonly Task reading;

    private readonly string key;

    /// <param name="key">The run's secret: every genuine record line is sealed with it (see <see cref="RecordSeal"/>).</param>
    public ChannelListener(Stream pipe, string key)
    {
        this.key = key;
        lines = new BoundedLineReader(pipe, MaxLineBytes);
        reading = Task.Run(() => ReadAsync(pipe));
    }

    /// <summary>Lines whose seal does not verify or that are not a record: something other than the runner wrote into the channel.</summary>
    public int Forged { get; private set; }

    /// <summary>The most bytes of one line this listener held at once (at most <see cref="MaxLineBytes"/>).</summary>
    public int MostHeld => lines.MostHeld;

    /// <summary>The records received so far.</summary>
    public IReadOnlyList<ChannelRecord> Records
    {
        get
        {
            lock (records)
            {
                return records.ToList();
            }
        }
    }

    public async Task<IReadOnlyList<ChannelRecord>> FinishAsync(TimeSpan patience)
    {
        await Task.WhenAny(reading, Task.Delay(patience)).ConfigureAwait(false);
        return Records;
    }

    private static ChannelRecord? Parse(string json)
    {
        try
        {
            return ProtocolJson.DeserializeRecord(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task ReadAsync(Stream pipe)
    {
        // Closed when the listening ends: a runner still writing then fails at once instead of blocking on a full pipe.
        using var closing = pipe;
        try
        {
            while (await lines.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (line.Text is not { } text || RecordSeal.Open(key, text) is not { } json || Parse(json) is not { } record)
                {
                    // Keep draining: a runner whose pipe closed would lose every later record.
                    Forged++;
                    continue;
                }

                lock (records)
                {
                    if (records.Count >= MaxRecords)
                    {
                        return;
                    }

                    records.Add(record);
                }
            }
        }
        catch (IOException)
        {
        }
    }
}
