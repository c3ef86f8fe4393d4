using System.Text;
using Grader.Execution;
using Grader.Protocol;

namespace Grader.Tests.Execution;

/// <summary>
/// Every record line is sealed under the run's key, which never goes down the pipe: a line written by anyone else,
/// or one whose bytes were spliced while the runner wrote it in pieces, is counted as forged and never believed.
/// </summary>
public sealed class RecordSealTests
{
    private const string Key = "0123456789ABCDEF0123456789ABCDEF";

    private static string Sealed(ChannelRecord record) => RecordSeal.Line(Key, ProtocolJson.Serialize(record));

    private static ChannelRecord Failed(string output) =>
        new CheckRecord("a", new WireVerdict { Status = WireStatus.Fail, Actual = output }, output, 1);

    [Fact]
    public void A_sealed_line_opens_and_the_key_is_not_in_it()
    {
        var line = Sealed(Failed("x"));

        Assert.NotNull(RecordSeal.Open(Key, line));
        Assert.DoesNotContain(Key, line, StringComparison.Ordinal);
        Assert.Null(RecordSeal.Open("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", line));
    }

    [Fact]
    public async Task Spliced_forged_and_malformed_lines_are_counted_and_dropped()
    {
        var genuine = Sealed(Failed(new string('A', 5000)));
        var cut = genuine.IndexOf("AAAA", StringComparison.Ordinal) + 100;
        var spliced = genuine[..cut] + "\",\"status\":\"Pass\",\"verdict\":{\"status\":\"Pass\"},\"zz\":\"" + genuine[cut..];
        var unsealed = ProtocolJson.Serialize(Failed("y"));
        var keyed = Key + " " + unsealed;
        var duplicate = RecordSeal.Line(Key, "{\"t\":\"done\",\"t\":\"done\"}");
        var unknown = RecordSeal.Line(Key, "{\"t\":\"done\",\"zz\":1}");
        var text = string.Join("\n", Sealed(new HelloRecord(1)), spliced, unsealed, keyed, duplicate, unknown, genuine) + "\n";

        var listener = new ChannelListener(new MemoryStream(Encoding.UTF8.GetBytes(text)), Key);
        var records = await listener.FinishAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(5, listener.Forged);
        Assert.Equal(2, records.Count);
        var check = Assert.IsType<CheckRecord>(records[1]);
        Assert.Equal(WireStatus.Fail, check.Verdict.Status);
    }
}
