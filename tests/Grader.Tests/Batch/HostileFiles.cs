using System.Diagnostics;
using System.IO.Compression;
using System.Net.Sockets;

namespace Grader.Tests.Batch;

/// <summary>
/// What a hostile student can leave in the submissions: FIFOs, sockets, names that are not UTF-8, and zips whose
/// headers lie. Made with the shell where .NET cannot (a name's raw bytes), in the caller's temporary folder.
/// </summary>
internal static class HostileFiles
{
    public static void Fifo(string path) => Shell("mkfifo \"$1\"", path);

    /// <summary>A bound Unix socket: its file lasts as long as the socket (.NET removes it on close).</summary>
    public static Socket Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <summary>
    /// Empties a folder with rm: .NET cannot delete a name that is not UTF-8 (it asks for the U+FFFD spelling), so
    /// TemporaryFolder alone would fail and leave it behind.
    /// </summary>
    public static void Empty(string folder) => Shell("rm -rf -- \"$1\"/* \"$1\"/.[!.]*", folder);

    /// <summary>A file in <paramref name="folder"/> named <paramref name="before"/>, the byte 0xFF, then <paramref name="after"/>.</summary>
    public static void FileWithByteFF(string folder, string before, string after, string content) =>
        Shell("cd \"$1\" && printf '%s' \"$4\" > \"$2$(printf '\\377')$3\"", folder, before, after, content);

    /// <summary>A folder whose name ends in the byte 0xFF, holding one file.</summary>
    public static void FolderWithByteFF(string parent, string before, string file, string content) =>
        Shell("cd \"$1\" && d=\"$2$(printf '\\377')\" && mkdir \"$d\" && printf '%s' \"$4\" > \"$d/$3\"", parent, before, file, content);

    public static void Entry(ZipArchive archive, string name, string content, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name, level).Open());
        writer.Write(content);
    }

    /// <summary>Rewrites a field of every local and central header of a zip (offsets from each header's signature).</summary>
    public static void PatchHeaders(string zip, int localOffset, int centralOffset, Action<byte[], int> patch)
    {
        var bytes = File.ReadAllBytes(zip);
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50)
            {
                patch(bytes, i + localOffset);
            }
            else if (signature == 0x02014b50)
            {
                patch(bytes, i + centralOffset);
            }
        }

        File.WriteAllBytes(zip, bytes);
    }

    private static void Shell(string script, params string[] args)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("sh");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"sh failed ({process.ExitCode}): {error}");
        }
    }
}
