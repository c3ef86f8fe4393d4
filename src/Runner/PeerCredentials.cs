using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Grader.Runner;

/// <summary>
/// The kernel's word about the other end of a Unix socket (Linux): who connected (SO_PEERCRED, recorded at
/// connect), and who wrote each piece that arrives (SO_PASSCRED: the kernel stamps every write with the writer's
/// pid, which the writer cannot choose). A connection made by one process and then handed to another, by
/// inheritance or fork, is told apart by the second.
/// </summary>
internal static partial class PeerCredentials
{
    private const int SocketLevel = 1;
    private const int PassCredentials = 16;
    private const int PeerCredential = 17;
    private const int CredentialsMessage = 2;
    private const int RightsMessage = 1;
    private const int ControlTruncated = 0x8;
    private const int CloseOnExecReceived = 0x40000000;
    private const int Interrupted = 4;
    private const int ControlBytes = 256;

    /// <summary>The pid and effective uid of the process that connected, when it connected.</summary>
    public static (int ProcessId, uint UserId) Of(Socket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        Span<byte> credentials = stackalloc byte[12];
        var length = socket.GetRawSocketOption(SocketLevel, PeerCredential, credentials);
        if (length < 12)
        {
            throw new SocketException((int)SocketError.ProtocolNotSupported);
        }

        // struct ucred { pid_t pid; uid_t uid; gid_t gid; }, in the machine's byte order.
        return (MemoryMarshal.Read<int>(credentials), MemoryMarshal.Read<uint>(credentials[4..]));
    }

    /// <summary>Asks the kernel to stamp every write arriving at this socket with its writer's credentials.</summary>
    public static void StampWrites(Socket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var on = 1;
        socket.SetRawSocketOption(SocketLevel, PassCredentials, MemoryMarshal.AsBytes(new ReadOnlySpan<int>(ref on)));
    }

    /// <summary>
    /// Reads what one writer sent (the kernel never joins the writes of two processes in one read) into
    /// <see cref="ReceiveBuffers.Received"/>, with that writer's pid; a count of 0 is the end, and a pid of 0 means
    /// the read came without credentials. Descriptors someone passed along (SCM_RIGHTS) are closed at once.
    /// </summary>
    public static (int Count, int WriterId) Receive(Socket socket, ReceiveBuffers buffers)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(buffers);
        Marshal.WriteIntPtr(buffers.Vector, buffers.Data);
        Marshal.WriteIntPtr(buffers.Vector, IntPtr.Size, buffers.Received.Length);
        var header = new MessageHeader
        {
            Vectors = buffers.Vector,
            VectorCount = 1,
            Control = buffers.Control,
            ControlLength = ControlBytes,
        };

        nint count;
        do
        {
            count = ReceiveMessage((int)socket.Handle, ref header, CloseOnExecReceived);
        }
        while (count < 0 && Marshal.GetLastPInvokeError() == Interrupted);

        if (count < 0)
        {
            throw new SocketException(Marshal.GetLastPInvokeError());
        }

        var writer = ReadControl(buffers.Control, (int)header.ControlLength);
        Marshal.Copy(buffers.Data, buffers.Received, 0, (int)count);
        return ((int)count, (header.Flags & ControlTruncated) != 0 ? 0 : writer);
    }

    /// <summary>The writer's pid from the control messages, closing any descriptor found among them.</summary>
    private static int ReadControl(IntPtr control, int length)
    {
        var word = IntPtr.Size;
        var headerLength = Align(word + 8, word);
        var writer = 0;
        var offset = 0;
        while (offset + headerLength <= length)
        {
            var messageLength = (int)Marshal.ReadIntPtr(control, offset);
            var level = Marshal.ReadInt32(control, offset + word);
            var type = Marshal.ReadInt32(control, offset + word + 4);
            if (messageLength < headerLength || offset + messageLength > length)
            {
                break;
            }

            if (level == SocketLevel && type == CredentialsMessage && messageLength >= headerLength + 12)
            {
                writer = Marshal.ReadInt32(control, offset + headerLength);
            }
            else if (level == SocketLevel && type == RightsMessage)
            {
                for (var at = headerLength; at + 4 <= messageLength; at += 4)
                {
                    _ = Close(Marshal.ReadInt32(control, offset + at));
                }
            }

            offset += Align(messageLength, word);
        }

        return writer;
    }

    private static int Align(int length, int word) => (length + word - 1) & ~(word - 1);

    /// <summary>Unmanaged memory for <see cref="Receive"/>: one per connection, reused for every read.</summary>
    internal sealed class ReceiveBuffers : IDisposable
    {
        public ReceiveBuffers(int dataLength)
        {
            Received = new byte[dataLength];
            Data = Marshal.AllocHGlobal(dataLength);
            Control = Marshal.AllocHGlobal(ControlBytes);
            Vector = Marshal.AllocHGlobal(2 * IntPtr.Size);
        }

        /// <summary>What the last read brought, from its start.</summary>
        public byte[] Received { get; }

        public IntPtr Data { get; }

        public IntPtr Control { get; }

        public IntPtr Vector { get; }

        public void Dispose()
        {
            Marshal.FreeHGlobal(Data);
            Marshal.FreeHGlobal(Control);
            Marshal.FreeHGlobal(Vector);
        }
    }

    /// <summary>struct msghdr.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct MessageHeader
    {
        public IntPtr Name;
        public uint NameLength;
        public IntPtr Vectors;
        public nuint VectorCount;
        public IntPtr Control;
        public nuint ControlLength;
        public int Flags;
    }

    [DllImport("libc", EntryPoint = "recvmsg", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nint ReceiveMessage(int descriptor, ref MessageHeader message, int flags);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int descriptor);
}
