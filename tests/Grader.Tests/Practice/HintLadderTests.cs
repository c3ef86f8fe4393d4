using Grader.Checks;
using Grader.Practice;

namespace Grader.Tests.Practice;

public sealed class HintLadderTests
{
    [Fact]
    public void Each_request_gives_the_next_level_and_none_after_the_last()
    {
        var ladder = new HintLadder([new("idea", "idea"), new("API", "API"), new("línea", "line")]);

        Assert.Empty(ladder.Seen);
        Assert.Equal((1, "idea"), ladder.Next() is { } a ? (a.Level, a.Hint.Es) : default);
        Assert.Equal((2, "API"), ladder.Next() is { } b ? (b.Level, b.Hint.Es) : default);
        Assert.Equal([1, 2], ladder.Seen.Select(s => s.Level));
        Assert.Equal((3, "line"), ladder.Next() is { } c ? (c.Level, c.Hint.En) : default);
        Assert.Null(ladder.Next());
        Assert.Equal(3, ladder.Shown);
    }

    [Fact]
    public void An_exercise_without_hints_has_none_to_give()
    {
        var ladder = new HintLadder(Array.Empty<LocalizedText>());

        Assert.Null(ladder.Next());
        Assert.Equal(0, ladder.Count);
    }
}
