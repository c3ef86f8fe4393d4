using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// A hidden check's inputs stay on the grader's side whatever the student's code prints while it runs: when the
/// check passes, when the program crashes inside it, and when an exception's message carries them.
/// </summary>
public sealed class HiddenCheckSecrecyTests : IDisposable
{
    /// <summary>The hidden check of <see cref="DoubleExercise"/> calls Doble(-3500000000).</summary>
    private const string HiddenInput = "3500000000";

    private readonly TemporaryFolder folder = new();

    public HiddenCheckSecrecyTests() => DoubleExercise.Write(folder.Path);

    [Fact]
    public async Task What_the_code_prints_during_a_passing_hidden_check_is_not_shown()
    {
        var outputs = await Grade("""
            long Doble(long n)
            {
                Console.WriteLine("ESPIA " + n);
                return 2 * n;
            }
            """);

        // The JSON keeps every check's output: the visible check's is there, the hidden one's is not.
        Assert.Contains("ESPIA 21", outputs[1], StringComparison.Ordinal);
        Assert.All(outputs, o => Assert.DoesNotContain(HiddenInput, o, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_crash_inside_a_hidden_check_shows_neither_what_the_code_printed_there_nor_its_message()
    {
        var outputs = await Grade("""
            long Doble(long n)
            {
                if (n < 0)
                {
                    Console.WriteLine("ESPIA " + n);
                    var hilo = new Thread(() => throw new InvalidOperationException("ESPIA " + n));
                    hilo.Start();
                    hilo.Join();
                }

                return 2 * n;
            }
            """);

        Assert.All(outputs, o => Assert.Contains("secreta", o, StringComparison.Ordinal));
        Assert.All(outputs, o => Assert.DoesNotContain(HiddenInput, o, StringComparison.Ordinal));
    }

    /// <returns>The text and JSON reports of one file.</returns>
    private async Task<string[]> Grade(string code)
    {
        var file = folder.Write("mio.csx", code + "\nConsole.WriteLine(Doble(21));\n");
        var text = await GraderProcess.RunAsync(folder.Path, "check", DoubleExercise.Id, file, "--exercises", folder.Path);
        var json = await GraderProcess.RunAsync(folder.Path, "check", DoubleExercise.Id, file, "--exercises", folder.Path, "--format", "json");
        Assert.Equal("", text.Stderr);
        return [text.Stdout, json.Stdout];
    }

    public void Dispose() => folder.Dispose();
}
