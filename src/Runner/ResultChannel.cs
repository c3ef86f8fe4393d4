using System.IO.Pipes;
using System.Text;
using Grader.Protocol;

namespace Grader.Runner;

/// <summary>Writes records to the host over the pipe it handed down; one JSON object a line, flushed at once.</summary>
internal sealed class ResultChannel : IDisposable
{
    private readonly AnonymousPipeClientStream pipe;
    private readonly StreamWriter writer;
    private readonly Lock gate = new();

    private readonly string key;

    /// <param name="key">The run's secret from the host, which seals every record (<see cref="RecordSeal"/>).</param>
    public ResultChannel(string pipeHandle, string key)
    {
        this.key = key;
        pipe = new AnonymousPipeClientStream(PipeDirection.Out, pipeHandle);
        writer = new StreamWriter(pipe, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
    }

    public void Send(ChannelRecord record)
    {
        var line = ProtocolJson.Serialize(record);
        lock (gate)
        {
            try
            {
                writer.WriteLine(RecordSeal.Line(key, line));
            }
            catch (IOException)
            {
                // The host is gone; there is no one left to tell.
            }
        }
    }

    public void Dispose()
    {
        writer.Dispose();
        pipe.Dispose();
    }
}
