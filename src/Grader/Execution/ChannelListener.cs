using System.Text;
using System.Text.Json;
using Grader.Protocol;

namespace Grader.Execution;

/// <summary>Reads the records the runner sends over the result pipe; a malformed line ends the listening.</summary>
internal sealed class ChannelListener
{
    private const int MaxLineChars = 1 << 20;
    private const int MaxRecords = 10_000;
    private readonly List<ChannelRecord> records = [];
    private readonly Task reading;

    private readonly string key;

    /// <param name="key">The run's secret: every genuine record line starts with it (see <see cref="ChannelKey"/>).</param>
    public ChannelListener(Stream pipe, string key)
    {
        this.key = key;
        reading = Task.Run(() => ReadAsync(pipe));
    }

    /// <summary>Lines that did not carry the run's key: something other than the runner wrote into the channel.</summary>
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

    private async Task ReadAsync(Stream pipe)
    {
        using var reader = new StreamReader(pipe, new UTF8Encoding(false));
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (!line.StartsWith(key, StringComparison.Ordinal) || line.Length <= key.Length || line[key.Length] != ' ')
                {
                    Forged++;
                    continue;
                }

                if (line.Length > MaxLineChars || ProtocolJson.DeserializeRecord(line[(key.Length + 1)..]) is not { } record)
                {
                    // Keep draining: a runner whose pipe closed would lose every later record.
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
        catch (JsonException)
        {
            // A malformed genuine record ends the listening; what came before is kept.
        }
        catch (IOException)
        {
        }
    }
}
