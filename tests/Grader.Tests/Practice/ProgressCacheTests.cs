using Grader.Practice;
using Grader.Tests.Support;

namespace Grader.Tests.Practice;

/// <summary>The cache is a file in the student's folder: only what it could have written itself is believed.</summary>
public sealed class ProgressCacheTests
{
    private const string Sha = "ce9ef1111b2ea3f81eb88b0290850aac48c5636d519d7fd5ef3d49b54c9b631a";

    [Fact]
    public void A_result_stored_is_found_only_for_the_same_file_exercise_version_and_maximum()
    {
        using var folder = new TemporaryFolder();
        ProgressCache.Open(folder.Path).Store("03-hola-hilo", Sha, "c075fc10cd54", ExerciseState.Failing, 6, 10);

        var cache = ProgressCache.Open(folder.Path);

        Assert.Equal((ExerciseState.Failing, 6), cache.Find("03-hola-hilo", Sha, "c075fc10cd54", 10));
        Assert.Null(cache.Find("03-hola-hilo", Sha, "0000000000aa", 10));
        Assert.Null(cache.Find("03-hola-hilo", Sha.Replace('c', 'd'), "c075fc10cd54", 10));
        Assert.Null(cache.Find("03-hola-hilo", Sha, "c075fc10cd54", 12));
        Assert.Null(cache.Find("02-procesos-hilos", Sha, "c075fc10cd54", 10));
    }

    [Theory]
    [InlineData("\"estado\": \"[bold]pasa[/]\", \"puntos\": 10, \"maximo\": 10")]
    [InlineData("\"estado\": \"sin-empezar\", \"puntos\": 0, \"maximo\": 10")]
    [InlineData("\"estado\": \"pasa\", \"puntos\": 11, \"maximo\": 10")]
    [InlineData("\"estado\": \"pasa\", \"puntos\": -1, \"maximo\": 10")]
    [InlineData("\"estado\": \"pasa\", \"puntos\": 99999999999999999999, \"maximo\": 10")]
    [InlineData("\"estado\": null, \"puntos\": 10, \"maximo\": 10")]
    [InlineData("\"estado\": \"pasa\", \"puntos\": \"10\", \"maximo\": 10")]
    public void An_entry_it_could_not_have_written_is_ignored(string fields)
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".grader"));
        folder.Write(Path.Combine(".grader", "progreso.json"),
            $"{{\"version\": 1, \"entradas\": [{{\"ejercicio\": \"03-hola-hilo\", \"sha256\": \"{Sha}\", \"version\": \"c075fc10cd54\", {fields}}}]}}");

        Assert.Null(ProgressCache.Open(folder.Path).Find("03-hola-hilo", Sha, "c075fc10cd54", 10));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"version\": 2, \"entradas\": []}")]
    [InlineData("{\"version\": 1, \"entradas\": [null, 7, \"x\"]}")]
    public void A_file_that_is_not_a_cache_is_the_same_as_none_and_is_replaced(string content)
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".grader"));
        folder.Write(Path.Combine(".grader", "progreso.json"), content);

        var cache = ProgressCache.Open(folder.Path);
        cache.Store("03-hola-hilo", Sha, "c075fc10cd54", ExerciseState.Passing, 10, 10);

        Assert.Equal((ExerciseState.Passing, 10), ProgressCache.Open(folder.Path).Find("03-hola-hilo", Sha, "c075fc10cd54", 10));
    }

    [Fact]
    public void A_folder_where_the_cache_cannot_be_written_still_answers()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".grader", "a file where the cache's folder would be");

        var cache = ProgressCache.Open(folder.Path);
        cache.Store("03-hola-hilo", Sha, "c075fc10cd54", ExerciseState.Passing, 10, 10);

        Assert.Equal((ExerciseState.Passing, 10), cache.Find("03-hola-hilo", Sha, "c075fc10cd54", 10));
    }
}
