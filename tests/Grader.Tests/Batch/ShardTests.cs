using Grader.Batch;

namespace Grader.Tests.Batch;

public sealed class ShardTests
{
    [Fact]
    public void Every_student_belongs_to_exactly_one_shard_and_shares_are_balanced()
    {
        var students = Enumerable.Range(0, 400).Select(i => $"Alumno {i}_{1000 + i}").ToList();
        var shards = Enumerable.Range(1, 4).Select(i => Shard.Parse($"{i}/4")).ToList();

        var counts = shards.Select(s => students.Count(s.Owns)).ToList();

        Assert.All(students, st => Assert.Equal(1, shards.Count(s => s.Owns(st))));
        Assert.All(counts, c => Assert.InRange(c, 70, 130));
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("1-2")]
    public void A_malformed_shard_is_bad_input(string text) =>
        Assert.Throws<Grader.Grading.BadInputException>(() => Shard.Parse(text));

    [Fact]
    public void The_same_student_lands_in_the_same_shard_on_every_run() =>
        Assert.Equal(Shard.Parse("2/3").Owns("María López_12345"), new Shard(2, 3).Owns("María López_12345"));
}
