using Grader.Similarity;
using Grader.Tests.Support;

namespace Grader.Tests.Similarity;

/// <summary>The files the similarity tests compare: bundled exercises and the hand-made submissions in Entregas/.</summary>
internal static class SimilarityFiles
{
    public static string Solution(string id) => Read(RepoPaths.Exercise(id, "solucion.csx"));

    public static string Stub(string id) => Read(RepoPaths.Exercise(id, "plantilla.csx"));

    public static string Submission(string name) => Read(Path.Combine(RepoPaths.Root, "tests", "Grader.Tests", "Similarity", "Entregas", name));

    /// <summary>The similarity of two files whatever the threshold; 0 when either is too small to be compared or they share nothing.</summary>
    public static double Measure(string a, string b, string? stub) =>
        SimilarityFinder.Find("x", [new("a", a), new("b", b)], stub, SimilarityOptions.Default with { Threshold = double.Epsilon })
            .SingleOrDefault()?.Similarity ?? 0;

    /// <summary>The 1-based line of the first line containing the text.</summary>
    public static int LineOf(string source, string text)
    {
        var lines = source.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"No line contains '{text}'.");
        return index + 1;
    }

    private static string Read(string path) => File.ReadAllText(path).ReplaceLineEndings("\n");
}
