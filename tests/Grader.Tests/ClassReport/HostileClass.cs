using Grader.Checks;
using Grader.Gradebook;
using Grader.Tests.Reporting;

namespace Grader.Tests.ClassReport;

/// <summary>
/// The fixture's class joined by two students whose every field a student can reach holds <see cref="HostileText"/>:
/// folder and name, file name, messages, hint, expected and actual, a similar fragment and an unplaced path. One has
/// it over several lines (shown in code blocks), the other on one line (shown as escaped prose).
/// </summary>
internal static class HostileClass
{
    public static readonly string OneLine = HostileText.All.Replace('\n', ' ').Replace('\r', ' ');

    public static ClassResults Create()
    {
        var fixture = ClassFixture.Class();
        return fixture with
        {
            Students = [.. fixture.Students, Student(HostileText.All), Student(OneLine)],
            SimilarPairs = [.. fixture.SimilarPairs, new SimilarPair("01-es-vs-cpu", HostileText.All, OneLine, 0.99, [new SharedFragment(1, 2, 1, 2, HostileText.All, OneLine)])],
            Unplaced = [.. fixture.Unplaced, new UnplacedFile(HostileText.All, OneLine)],
        };
    }

    private static StudentResults Student(string text) => new(text, text, null,
    [
        new ExerciseResult("01-es-vs-cpu", "fail", null, 3, 10, LocalizedText.Same(text),
        [
            new CheckResult("formatea_cabeceras", "pass", 3, 3, null, null, false, null, null),
            new CheckResult("une_cabeceras", "fail", 0, 2, LocalizedText.Same(text), LocalizedText.Same(text), false, "a\nb", text),
        ], text, "hh", 100),
        new ExerciseResult("03-hola-hilo", "error", text, 0, 6, LocalizedText.Same(text), [], text, "hh3", 100),
    ]);
}
