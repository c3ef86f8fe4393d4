using System.Net.Sockets;

namespace Grader.Runner;

/// <summary>
/// The grading runner's end of the relaunches' channel (Linux): opened before any of the student's code loads, and
/// served by one thread of the runner's own, which no code of the student's can reach (reflection and interop are
/// refused by the gate; the student's code may connect like anyone, and is refused like anyone). Each connection is
/// judged by the kernel's word (<see cref="PeerCredentials"/>, <see cref="RelaunchVerifier"/>); a verified one is
/// told so with one byte and then only what that very process writes counts, as its report.
/// </summary>
internal sealed class ChildRunListener : IDisposable
{
    public const byte VerifiedByte = (byte)'V';

    /// <summary>A report holds the child's output, capped as any capture; more than this is not a report.</summary>
    private const int MaxReportBytes = 16 << 20;

    private readonly Socket listener;
    private readonly ChildRunLedger ledger;
    private readonly RelaunchVerifier verifier;
    private readonly Dictionary<Socket, Connection> connections = [];
    private volatile bool disposed;

    private ChildRunListener(Socket listener, ChildRunLedger ledger, RelaunchVerifier verifier)
    {
        this.listener = listener;
        this.ledger = ledger;
        this.verifier = verifier;
    }

    /// <summary>Null where the kernel cannot vouch for a peer (no SO_PEERCRED or /proc: macOS, Windows).</summary>
    public static ChildRunListener? Start(ChildRunLedger ledger)
    {
        if (!OperatingSystem.IsLinux() || RelaunchVerifier.ForThisProcess() is not { } verifier)
        {
            return null;
        }

        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Bind(ChildRunAddress.Of(Environment.ProcessId));
            socket.Listen(16);
            PeerCredentials.StampWrites(socket);
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }

        var listening = new ChildRunListener(socket, ledger, verifier);
        new Thread(listening.Serve) { IsBackground = true, Name = "grader-child-runs" }.Start();
        return listening;
    }

    public void Dispose()
    {
        disposed = true;
        listener.Dispose();
    }

    private void Serve()
    {
        while (!disposed)
        {
            var readable = new List<Socket>(connections.Keys) { listener };
            try
            {
                Socket.Select(readable, null, null, -1);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                if (disposed)
                {
                    return;
                }

                // Some connection broke under the select: they all go unreported rather than spin here.
                foreach (var (socket, connection) in connections.ToList())
                {
                    Close(socket, connection, report: false);
                }

                continue;
            }

            foreach (var socket in readable)
            {
                if (socket == listener)
                {
                    Accept();
                }
                else
                {
                    Read(socket, connections[socket]);
                }
            }
        }
    }

    private void Accept()
    {
        Socket connection;
        try
        {
            connection = listener.Accept();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return;
        }

        try
        {
            if (Verify(connection) is { } entry)
            {
                PeerCredentials.StampWrites(connection);
                connection.Send([VerifiedByte]);
                connections.Add(connection, new Connection(entry));
                return;
            }
        }
        catch (SocketException)
        {
        }

        connection.Dispose();
    }

    /// <summary>The ledger's entry for a genuine relaunch; null for anything else, which is closed unheard.</summary>
    private ChildRunLedger.Entry? Verify(Socket connection)
    {
        var (pid, uid) = PeerCredentials.Of(connection);
        if (ProcStat.Read(pid) is not { } stat)
        {
            return null;
        }

        // Registered before the checks, so a second connection from this process voids the first whatever they are.
        var entry = ledger.Admit(pid, stat.StartTime);
        if (entry is null)
        {
            return null;
        }

        if (verifier.IsGenuine(pid, uid, stat) && ProcStat.Read(pid) is { } after && after.StartTime == stat.StartTime)
        {
            return entry;
        }

        ledger.Void(entry);
        return null;
    }

    private void Read(Socket socket, Connection connection)
    {
        int count;
        int writer;
        try
        {
            (count, writer) = PeerCredentials.Receive(socket, connection.Buffers);
        }
        catch (SocketException)
        {
            Close(socket, connection, report: false);
            return;
        }

        if (count == 0)
        {
            Close(socket, connection, report: true);
        }
        else if (writer != connection.Entry.Pid || connection.Report.Length + count > MaxReportBytes)
        {
            // Bytes from another process than the one verified (it inherited or was handed the connection), or a flood.
            Close(socket, connection, report: false);
        }
        else
        {
            connection.Report.Write(connection.Buffers.Received, 0, count);
        }
    }

    private void Close(Socket socket, Connection connection, bool report)
    {
        connections.Remove(socket);
        socket.Dispose();
        using (connection)
        {
            if (report && ChildReport.Parse(connection.Report.ToArray()) is { } parsed)
            {
                ledger.Complete(connection.Entry, parsed.Output, parsed.Error);
            }
            else
            {
                ledger.Void(connection.Entry);
            }
        }
    }

    private sealed class Connection(ChildRunLedger.Entry entry) : IDisposable
    {
        public ChildRunLedger.Entry Entry { get; } = entry;

        public MemoryStream Report { get; } = new();

        public PeerCredentials.ReceiveBuffers Buffers { get; } = new(64 * 1024);

        public void Dispose()
        {
            Report.Dispose();
            Buffers.Dispose();
        }
    }
}
