using System.Text;

namespace Grader.Batch;

/// <summary>Reads a script from a stream whose length is not to be trusted: never more than the limit plus one byte.</summary>
internal static class BoundedRead
{
    /// <summary>All the stream's bytes, or null when it holds more than <paramref name="max"/>.</summary>
    public static byte[]? Bytes(Stream stream, long max)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, max + 1 - bytes.Length))) > 0)
        {
            bytes.Write(buffer, 0, read);
            if (bytes.Length > max)
            {
                return null;
            }
        }

        return bytes.ToArray();
    }

    /// <summary>The text as File.ReadAllText reads it: UTF-8 unless a byte-order mark says otherwise.</summary>
    public static string Text(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
