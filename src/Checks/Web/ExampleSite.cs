using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Grader.Checks.Web;

/// <summary>
/// A small HTTP/1.1 server on 127.0.0.1 that answers every GET with <see cref="ExamplePage"/> after a fixed
/// latency, and counts the requests it received and the most it had in flight at once. Each connection gets
/// a thread of its own, so a student's code that starves the thread pool cannot slow the server down.
/// </summary>
public sealed class ExampleSite : IDisposable
{
    private const int MaxHeaderBytes = 16 * 1024;

    private readonly TcpListener listener;
    private readonly TimeSpan latency;
    private readonly Thread acceptThread;
    private readonly Lock gate = new();
    private int inFlight;
    private int maxInFlight;
    private int requestCount;
    private volatile bool disposed;

    private ExampleSite(TimeSpan latency)
    {
        this.latency = latency;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(backlog: 512);
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        acceptThread = new Thread(AcceptLoop) { IsBackground = true, Name = "ejemplo-servidor" };
        acceptThread.Start();
    }

    public Uri Url { get; }

    public TimeSpan Latency => latency;

    /// <summary>Requests answered or being answered since the last <see cref="Reset"/>.</summary>
    public int RequestCount
    {
        get
        {
            lock (gate)
            {
                return requestCount;
            }
        }
    }

    /// <summary>The most requests in flight at once since the last <see cref="Reset"/>.</summary>
    public int MaxInFlight
    {
        get
        {
            lock (gate)
            {
                return maxInFlight;
            }
        }
    }

    /// <summary>Requests being answered right now.</summary>
    public int InFlight
    {
        get
        {
            lock (gate)
            {
                return inFlight;
            }
        }
    }

    public static ExampleSite Start(TimeSpan latency) => new(latency);

    /// <summary>
    /// Waits until no request is in flight, at most <paramref name="timeout"/>: threads a student's function left
    /// behind may still be talking to the server after it returned. Returns whether the server went idle.
    /// </summary>
    public bool WaitIdle(TimeSpan timeout)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (InFlight > 0)
        {
            if (watch.Elapsed >= timeout)
            {
                return false;
            }

            Thread.Sleep(5);
        }

        return true;
    }

    public void Reset()
    {
        lock (gate)
        {
            requestCount = 0;
            maxInFlight = inFlight;
        }
    }

    public void Dispose()
    {
        disposed = true;
        listener.Stop();
    }

    private void AcceptLoop()
    {
        while (!disposed)
        {
            TcpClient client;
            try
            {
                client = listener.AcceptTcpClient();
            }
            catch (SocketException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            new Thread(() => Serve(client)) { IsBackground = true, Name = "ejemplo-conexion" }.Start();
        }
    }

    private void Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                while (!disposed && ReadRequest(stream) is { } request)
                {
                    Answer(stream, request);
                    if (request.Close)
                    {
                        return;
                    }
                }
            }
            catch (IOException)
            {
                // The client went away; nothing to answer.
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private void Answer(NetworkStream stream, Request request)
    {
        lock (gate)
        {
            requestCount++;
            inFlight++;
            maxInFlight = Math.Max(maxInFlight, inFlight);
        }

        try
        {
            if (latency > TimeSpan.Zero)
            {
                Thread.Sleep(latency);
            }

            var head = new StringBuilder("HTTP/1.1 200 OK\r\n");
            foreach (var (name, value) in ExamplePage.Headers)
            {
                head.Append(name).Append(": ").Append(value).Append("\r\n");
            }

            head.Append("Content-Length: ").Append(ExamplePage.Body.Length).Append("\r\n");
            if (request.Close)
            {
                head.Append("Connection: close\r\n");
            }

            head.Append("\r\n");
            stream.Write(Encoding.ASCII.GetBytes(head.ToString()));
            if (request.Method != "HEAD")
            {
                stream.Write(ExamplePage.Body);
            }

            stream.Flush();
        }
        finally
        {
            lock (gate)
            {
                inFlight--;
            }
        }
    }

    /// <summary>Reads one request head (and discards any body); null when the client closed the connection.</summary>
    private static Request? ReadRequest(NetworkStream stream)
    {
        var head = new List<byte>(512);
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (stream.Read(one, 0, 1) == 0)
            {
                return null;
            }

            head.Add(one[0]);
            if (head.Count > MaxHeaderBytes)
            {
                return null;
            }
        }

        var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n");
        var method = lines[0].Split(' ')[0];
        var close = false;
        var contentLength = 0;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Connection", StringComparison.OrdinalIgnoreCase) && value.Equals("close", StringComparison.OrdinalIgnoreCase))
            {
                close = true;
            }
            else if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                _ = int.TryParse(value, out contentLength);
            }
        }

        var body = new byte[Math.Clamp(contentLength, 0, 1 << 20)];
        stream.ReadExactly(body);
        return new Request(method, close);
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';

    private sealed record Request(string Method, bool Close);
}
