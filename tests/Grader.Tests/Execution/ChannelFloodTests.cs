using System.Diagnostics;
using Grader.Execution;
using Grader.Protocol;

namespace Grader.Tests.Execution;

/// <summary>
/// Without bubblewrap the student's code can open the result channel's pipe and write into it. Gigabytes without a
/// newline must not be held by the grader, which grades a whole class at once: the line is counted as forged, and
/// the records after it are still read. The writer here is a real child process.
/// </summary>
public sealed class ChannelFloodTests
{
    private const string Key = "0123456789ABCDEF0123456789ABCDEF";
    private const long Flood = 64L << 20;

    [Fact]
    public async Task A_line_far_longer_than_any_record_is_forged_without_being_held_and_the_next_record_is_read()
    {
        var hello = RecordSeal.Line(Key, ProtocolJson.Serialize(new HelloRecord(HelloRecord.CurrentVersion)));
        using var writer = Writer($"head -c {Flood} /dev/zero; printf '\\n%s\\n' \"$0\"", hello);

        var listener = new ChannelListener(writer.StandardOutput.BaseStream, Key);
        var records = await listener.FinishAsync(TimeSpan.FromSeconds(60));
        await writer.WaitForExitAsync();

        Assert.Equal(1, listener.Forged);
        Assert.IsType<HelloRecord>(Assert.Single(records));
        // StreamReader.ReadLineAsync held the whole line: measured, 403 MB allocated for these 64 MB.
        Assert.InRange(listener.MostHeld, 0, ChannelListener.MaxLineBytes);
    }

    [Fact]
    public async Task No_line_is_held_past_the_limit_and_lines_up_to_it_are_read_whole()
    {
        const int limit = 1000;
        using var writer = Writer($"head -c 10000000 /dev/zero; printf '\\nuno\\n%s\\n%sX\\nfin' \"$0\" \"$0\"", new string('a', limit));
        var reader = new BoundedLineReader(writer.StandardOutput.BaseStream, limit);

        var lines = new List<BoundedLineReader.Line>();
        while (await reader.ReadLineAsync() is { } line)
        {
            lines.Add(line);
        }

        Assert.Equal([null, "uno", new string('a', limit), null, "fin"], lines.Select(l => l.Text));
        Assert.InRange(reader.MostHeld, limit, limit);
    }

    private static Process Writer(string script, string argument)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }
}
