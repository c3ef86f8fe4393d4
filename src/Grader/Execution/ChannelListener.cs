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

    public ChannelListener(Stream pipe)
    {
        reading = Task.Run(() => ReadAsync(pipe));
    }

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
                if (line.Length > MaxLineChars || ProtocolJson.DeserializeRecord(line) is not { } record)
                {
                    return;
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
        }
        catch (IOException)
        {
        }
    }
}
