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
    public void A_students_shard_is_fixed_by_sha256_of_the_key_so_every_machine_agrees()
    {
        // The first 8 bytes of SHA-256("María López_12345") (UTF-8), big-endian, are 1 mod 3 and 0 mod 4
        // (checked with Python's hashlib): shards 2/3 and 1/4. string.GetHashCode would differ per process.
        Assert.True(Shard.Parse("2/3").Owns("María López_12345"));
        Assert.False(Shard.Parse("1/3").Owns("María López_12345"));
        Assert.True(Shard.Parse("1/4").Owns("María López_12345"));
        Assert.True(Shard.Parse("4/4").Owns("Alumno 0_1000"));
    }
}
