using Grader.Gradebook;
using Grader.Similarity;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Grader.Tests.Similarity.SimilarityFiles;

namespace Grader.Tests.Similarity;

public sealed class SimilarityFinderTests
{
    private const string EventLoop = "09-bucle-eventos";
    private const string Fibonacci = "05-fibonacci-hilos";

    [Fact]
    public void A_copy_with_every_name_and_literal_changed_and_other_comments_and_layout_is_reported()
    {
        var original = Solution(EventLoop);
        var copy = Submission("09-disfrazada.csx");

        var pairs = SimilarityFinder.Find(EventLoop, [new("bea", copy), new("ana", original)], Stub(EventLoop), SimilarityOptions.Default);

        var pair = Assert.Single(pairs);
        Assert.Equal((EventLoop, "ana", "bea"), (pair.ExerciseId, pair.StudentA, pair.StudentB));
        Assert.True(pair.Similarity >= 0.9, $"Similarity {pair.Similarity:F3}");
        // The scheduler's loop, from its while to the last branch, is one fragment in both files.
        var loop = Assert.Single(pair.Fragments, f => Covers(f.StartLineA, f.EndLineA, LineOf(original, "while (listas.Count > 0 ||")));
        Assert.True(loop.EndLineA >= LineOf(original, "dormidas.Add((reloj.Elapsed + pausa, tarea));"), Describe(loop));
        Assert.True(loop.StartLineB <= LineOf(copy, "while (preparadas.Count > 0 ||"), Describe(loop));
        Assert.True(loop.EndLineB >= LineOf(copy, "enEspera.Add((crono.Elapsed + p, t));"), Describe(loop));
        Assert.Contains("var tarea = listas.Dequeue();", loop.TextA, StringComparison.Ordinal);
        Assert.Contains("var t = preparadas.Dequeue();", loop.TextB, StringComparison.Ordinal);
        // The copy is more compact: its side is quoted whole, the original's long side is cut with an ellipsis.
        Assert.Equal(loop.EndLineB - loop.StartLineB + 1, loop.TextB.Split('\n').Length);
        Assert.True(loop.EndLineA - loop.StartLineA + 1 > FragmentMapper.MaxQuotedLines, Describe(loop));
        Assert.Equal(FragmentMapper.MaxQuotedLines + 1, loop.TextA.Split('\n').Length);
        Assert.EndsWith("\n…", loop.TextA, StringComparison.Ordinal);
        // The message loop is the other thing the student wrote.
        Assert.Contains(pair.Fragments, f => Covers(f.StartLineA, f.EndLineA, LineOf(original, "var mensaje = mensajes.Dequeue();"))
            && Covers(f.StartLineB, f.EndLineB, LineOf(copy, "var m = q.Dequeue();")));
    }

    [Fact]
    public void Two_different_implementations_of_the_same_functions_are_not_reported()
    {
        var recursive = Solution(Fibonacci);
        var iterative = Submission("05-otra-implementacion.csx");
        var stub = Stub(Fibonacci);

        var pairs = SimilarityFinder.Find(Fibonacci, [new("ana", recursive), new("bea", iterative)], stub, SimilarityOptions.Default);

        Assert.Empty(pairs);
        // Not for being too small: both have plenty of code of their own to compare.
        var stubKGrams = FingerprintedSource.StubKGrams(stub, SimilarityOptions.Default.K);
        Assert.All([recursive, iterative], source => Assert.True(Fingerprints(source, stubKGrams) >= 2 * SimilarityOptions.Default.MinFingerprints));
        Assert.True(Measure(recursive, iterative, stub) < 0.4, $"Similarity {Measure(recursive, iterative, stub):F3}");
    }

    [Fact]
    public void Two_stubs_with_tiny_changes_are_not_reported_because_the_stub_is_taken_away()
    {
        var stub = Stub(EventLoop);
        var ana = stub
            .Replace("// completa\n    throw new NotImplementedException();", "while (mensajes.Count > 0) procesar(mensajes.Dequeue());", StringComparison.Ordinal)
            .Replace("\"descarga\", 3", "\"bajar\", 4", StringComparison.Ordinal);
        var bea = stub
            .Replace("// completa\n        throw new NotImplementedException();\n    }\n\n    // Da", "listas.Enqueue(tarea);\n    }\n\n    // Da", StringComparison.Ordinal)
            .Replace("// Una tarea de ejemplo", "// Mi tarea", StringComparison.Ordinal);
        Assert.NotEqual(stub, ana);
        Assert.NotEqual(stub, bea);

        var withStub = SimilarityFinder.Find(EventLoop, [new("ana", ana), new("bea", bea)], stub, SimilarityOptions.Default);
        var withoutStub = SimilarityFinder.Find(EventLoop, [new("ana", ana), new("bea", bea)], null, SimilarityOptions.Default);

        Assert.Empty(withStub);
        var pair = Assert.Single(withoutStub);
        Assert.Equal(("ana", "bea"), (pair.StudentA, pair.StudentB));
        // Not for being too small: with the stub taken away each still has enough of its own to be compared.
        var stubKGrams = FingerprintedSource.StubKGrams(stub, SimilarityOptions.Default.K);
        Assert.All([ana, bea], source => Assert.True(Fingerprints(source, stubKGrams) >= SimilarityOptions.Default.MinFingerprints));
    }

    [Fact]
    public void Students_who_hand_in_the_untouched_stub_are_not_reported()
    {
        var stub = Stub(EventLoop);
        SimilarityInput[] files = [new("ana", stub), new("bea", stub), new("carlos", stub.Replace("\n", "\n\n", StringComparison.Ordinal))];

        Assert.Empty(SimilarityFinder.Find(EventLoop, files, stub, SimilarityOptions.Default));
        Assert.Equal([1.0, 1.0, 1.0], SimilarityFinder.Find(EventLoop, files, null, SimilarityOptions.Default).Select(p => p.Similarity));
    }

    [Fact]
    public void Options_out_of_range_and_a_student_twice_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SimilarityOptions.Default with { Threshold = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => SimilarityOptions.Default with { Threshold = 1.5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => SimilarityOptions.Default with { K = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => SimilarityOptions.Default with { Window = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => SimilarityOptions.Default with { MinFingerprints = 0 });
        Assert.Throws<ArgumentException>(() => SimilarityFinder.Find(EventLoop, [new("ana", "a"), new("ana", "b")], null, SimilarityOptions.Default));
    }

    [Fact]
    public void Whole_functions_moved_around_are_still_found_each_where_it_went()
    {
        var original = Solution(EventLoop);
        var reordered = Submission("09-reordenada.csx");

        var pairs = SimilarityFinder.Find(EventLoop, [new("ana", original), new("bea", reordered)], Stub(EventLoop), SimilarityOptions.Default);

        // Reported: the k-grams that straddled the seams between functions are lost, the functions' own are not.
        var pair = Assert.Single(pairs);
        // The message loop comes first in one file and last in the other; the scheduler's loop the other way round.
        const string MessageLoop = "var mensaje = mensajes.Dequeue();";
        const string SchedulerLoop = "var tarea = listas.Dequeue();";
        var messages = Assert.Single(pair.Fragments, f => Covers(f.StartLineA, f.EndLineA, LineOf(original, MessageLoop)));
        var scheduler = Assert.Single(pair.Fragments, f => Covers(f.StartLineA, f.EndLineA, LineOf(original, SchedulerLoop)));
        Assert.True(Covers(messages.StartLineB, messages.EndLineB, LineOf(reordered, MessageLoop)), Describe(messages));
        Assert.True(Covers(scheduler.StartLineB, scheduler.EndLineB, LineOf(reordered, SchedulerLoop)), Describe(scheduler));
        Assert.True(messages.StartLineA < scheduler.StartLineA && messages.StartLineB > scheduler.StartLineB);
    }

    [Fact]
    public void Identical_files_are_paired_each_once_in_key_order_and_sorted_by_similarity()
    {
        var solution = Solution(EventLoop);
        var reordered = Submission("09-reordenada.csx");
        SimilarityInput[] files = [new("zoe", solution), new("luis", reordered), new("ana", solution), new("marta", Solution(Fibonacci)), new("bea", solution)];

        var pairs = SimilarityFinder.Find(EventLoop, files, Stub(EventLoop), SimilarityOptions.Default);

        Assert.Equal(
            ["ana-bea", "ana-zoe", "bea-zoe", "ana-luis", "bea-luis", "luis-zoe"],
            pairs.Select(p => $"{p.StudentA}-{p.StudentB}"));
        Assert.All(pairs.Take(3), p => Assert.Equal(1.0, p.Similarity));
        Assert.All(pairs.Skip(3), p => Assert.True(p.Similarity < 1.0));
        // Fragments are oriented like the pair: A's lines are StudentA's file, whichever way round the files came.
        const string SchedulerLoop = "var tarea = listas.Dequeue();";
        var (inSolution, inReordered) = (LineOf(solution, SchedulerLoop), LineOf(reordered, SchedulerLoop));
        Assert.NotEqual(inSolution, inReordered);
        Assert.Contains(pairs.Single(p => p.StudentA == "ana" && p.StudentB == "luis").Fragments, f => Covers(f.StartLineA, f.EndLineA, inSolution) && Covers(f.StartLineB, f.EndLineB, inReordered));
        Assert.Contains(pairs.Single(p => p.StudentA == "luis").Fragments, f => Covers(f.StartLineA, f.EndLineA, inReordered) && Covers(f.StartLineB, f.EndLineB, inSolution));
    }

    [Fact]
    public void Code_that_does_not_compile_is_still_compared_and_empty_or_tiny_files_never_match()
    {
        var solution = Solution(EventLoop);
        var broken = solution
            .Replace("bool sigue;", "bool sigue = ;;", StringComparison.Ordinal)
            .Replace("tarea.Dispose();\n            }", "tarea.Dispose();\n", StringComparison.Ordinal) + "\n}} @@ ¿qué?";
        SimilarityInput[] files = [new("ana", solution), new("bea", broken), new("carlos", ""), new("dani", ""), new("eva", "Console.WriteLine(1);"), new("fede", "Console.WriteLine(2);")];
        Assert.Contains(CSharpSyntaxTree.ParseText(broken, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script)).GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

        var pairs = SimilarityFinder.Find(EventLoop, files, null, SimilarityOptions.Default);

        var pair = Assert.Single(pairs);
        Assert.Equal(("ana", "bea"), (pair.StudentA, pair.StudentB));
        Assert.True(pair.Similarity >= 0.9, $"Similarity {pair.Similarity:F3}");
    }

    private static int Fingerprints(string source, IReadOnlySet<ulong> stub) =>
        FingerprintedSource.Create(CodeTokenizer.Tokenize(source), stub, SimilarityOptions.Default.K, SimilarityOptions.Default.Window).Hashes.Count;

    private static bool Covers(int start, int end, int line) => start <= line && line <= end;

    private static string Describe(SharedFragment f) => $"A {f.StartLineA}-{f.EndLineA}, B {f.StartLineB}-{f.EndLineB}";
}
