using System.Text;
using System.Text.Json;
using Grader.Protocol;

namespace Grader.Execution;

/// <summary>Reads the records the runner sends over the result pipe; a malformed line ends the listening.</summary>
internal sealed class ChannelListener
{
    // A record holds up to three texts of 64 K characters, and JSON may write each character as six.
    private const int MaxLineChars = 4 << 20;
    private const int MaxRecords = 10_000;
    private readonly List<ChannelRecord> records = [];
    private readonly Task reading;

    private readonly string key;

    /// <param name="key">The run's secret: every genuine record line is sealed with it (see <see cref="RecordSeal"/>).</param>
    public ChannelListener(Stream pipe, string key)
    {
        this.key = key;
        reading = Task.Run(() => ReadAsync(pipe));
    }

    /// <summary>Lines whose seal does not verify or that are not a record: something other than the runner wrote into the channel.</summary>
    public int Forged { get; private set; }

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
        using var reader = new StreamReader(pipe, new UTF8Encoding(false));
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (line.Length > MaxLineChars || RecordSeal.Open(key, line) is not { } json || Parse(json) is not { } record)
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
