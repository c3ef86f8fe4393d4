using System.Security.Cryptography;
using System.Text;

namespace Grader.Protocol;

/// <summary>
/// A record line is <c>SEAL JSON</c>, where SEAL is the HMAC-SHA256 of the JSON under the run's secret key. The key
/// itself never goes down the pipe, and a line the runner did not write whole (a forged one, or one the student's
/// code spliced bytes into while the runner's long line went out in several writes) does not verify.
/// </summary>
public static class RecordSeal
{
    public static string Line(string key, string json) => Of(key, json) + " " + json;

    /// <returns>The JSON of a line whose seal verifies under <paramref name="key"/>, else null.</returns>
    public static string? Open(string key, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var json = line[(space + 1)..];
        var expected = Encoding.ASCII.GetBytes(Of(key, json));
        var given = Encoding.ASCII.GetBytes(line[..space]);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? json : null;
    }

    private static string Of(string key, string json) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(json)));
}
