using Grader.Checks;

namespace Grader.Tests.Checks;

public sealed class ExpectTests
{
    [Theory]
    [InlineData("a\nb", "a\nb\n", "sobra el salto de línea del final")]
    [InlineData("a\nb\n", "a\nb", "falta el salto de línea del final")]
    [InlineData("a\nb", "a\r\nb", "usa \\n, no \\r\\n")]
    public void Names_the_differences_a_line_diff_hides(string expected, string actual, string named)
    {
        var verdict = Expect.SameText(expected, actual, "El texto", "The text");

        Assert.Equal(VerdictStatus.Fail, verdict.Status);
        Assert.Contains(named, verdict.Message!.Es, StringComparison.Ordinal);
        Assert.Equal((expected, actual), (verdict.Expected, verdict.Actual));
    }

    [Fact]
    public void Equal_text_passes_and_All_returns_the_first_failure()
    {
        var pass = Expect.SameText("x", "x", "", "");
        var first = Expect.Equal(1, 2, "uno", "one");
        var second = Expect.Equal(3, 4, "tres", "three");

        Assert.True(pass.Passed);
        Assert.Same(first, Expect.All(pass, first, second));
        Assert.Equal("uno: se esperaba 1 y se obtuvo 2.", first.Message!.Es);
    }

    [Fact]
    public void The_speedup_is_the_ratio_of_the_medians()
    {
        var comparison = new Timing.Comparison(
            [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(900), TimeSpan.FromMilliseconds(160)],
            [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(80), TimeSpan.FromMilliseconds(1)]);

        Assert.Equal(2.0, comparison.Speedup, precision: 6);
    }
}
