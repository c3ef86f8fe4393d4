using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Grader.Runner;

/// <summary>
/// The host's lines on stdin (the run's key, then the checks' assembly in base64), read as bytes into buffers this
/// runner owns and wipes. Read through a TextReader, a long line passes through <see cref="ArrayPool{T}.Shared"/>,
/// and the pooled array keeps the checks' image, expected answers included, for the next code that rents one: the
/// student's.
/// </summary>
internal static class HostInput
{
    public static (string Key, byte[] Checks) Read()
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        using (var stdin = Console.OpenStandardInput())
        {
            int read;
            while ((read = stdin.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = new byte[buffer.Length * 2];
                    buffer.AsSpan(0, length).CopyTo(larger);
                    CryptographicOperations.ZeroMemory(buffer);
                    buffer = larger;
                }
            }
        }

        try
        {
            var all = buffer.AsSpan(0, length);
            var end = all.IndexOf((byte)'\n');
            var keyLine = end < 0 ? all : all[..end];
            var rest = end < 0 ? [] : all[(end + 1)..];
            var restEnd = rest.IndexOf((byte)'\n');
            var checksLine = restEnd < 0 ? rest : rest[..restEnd];
            var checks = new byte[Base64.GetMaxDecodedFromUtf8Length(checksLine.Length)];
            if (Base64.DecodeFromUtf8(checksLine, checks, out _, out var written) != OperationStatus.Done)
            {
                throw new InvalidDataException("The checks' assembly is not valid base64.");
            }

            return (Encoding.ASCII.GetString(keyLine), checks.AsSpan(0, written).ToArray());
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }
}
