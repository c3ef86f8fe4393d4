using System.Net.Sockets;

namespace Grader.Runner;

/// <summary>
/// A relaunch's end of the channel: it connects to the runner that is its parent in the kernel's eyes, before any
/// of the student's code runs in it and while it can still be inspected, and waits to be verified. Its socket is a
/// private field (the gate refuses reflection; /proc/self/fd does not open a socket) and close-on-exec, so the
/// student's code in this process cannot write on it, and nothing it starts inherits it.
/// </summary>
internal sealed class ChildReporter : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Socket socket;

    private ChildReporter(Socket socket) => this.socket = socket;

    /// <summary>Null unless the parent runner listened and verified this process.</summary>
    public static ChildReporter? Connect()
    {
        if (ProcStat.Read(Environment.ProcessId) is not { } stat)
        {
            return null;
        }

        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(ChildRunAddress.Of(stat.ParentId));
            socket.ReceiveTimeout = (int)Patience.TotalMilliseconds;
            var answer = new byte[1];
            if (socket.Receive(answer) == 1 && answer[0] == ChildRunListener.VerifiedByte)
            {
                return new ChildReporter(socket);
            }
        }
        catch (SocketException)
        {
        }

        socket.Dispose();
        return null;
    }

    /// <summary>Sends the report and ends the connection; the parent takes its end from the kernel, not from this.</summary>
    public void Send(ChildReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        try
        {
            var bytes = report.ToBytes();
            for (var sent = 0; sent < bytes.Length;)
            {
                sent += socket.Send(bytes, sent, bytes.Length - sent, SocketFlags.None);
            }

            socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
            // The parent is gone: nobody is left to read it.
        }
    }

    public void Dispose() => socket.Dispose();
}
