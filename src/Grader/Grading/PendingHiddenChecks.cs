using Grader.Checks;

namespace Grader.Grading;

/// <summary>
/// Hidden checks this folder could not run because it does not hold their code (the student edition): they are
/// graded on submission, so the score shown is out of the visible checks' points and must say so.
/// </summary>
internal sealed record PendingHiddenChecks(int Count, int Points)
{
    /// <summary>"7/8 puntos en las comprobaciones visibles; 2 comprobaciones ocultas (2 puntos) se califican al entregar."</summary>
    public LocalizedText Note(int score, int visibleMax)
    {
        var checksEs = Count == 1 ? "1 comprobación oculta" : $"{Count} comprobaciones ocultas";
        var checksEn = Count == 1 ? "1 hidden check" : $"{Count} hidden checks";
        var pointsEs = Points == 1 ? "1 punto" : $"{Points} puntos";
        var pointsEn = Points == 1 ? "1 point" : $"{Points} points";
        return new LocalizedText(
            $"{score}/{visibleMax} puntos en las comprobaciones visibles; {checksEs} ({pointsEs}) {(Count == 1 ? "se califica" : "se califican")} al entregar.",
            $"{score}/{visibleMax} points in the visible checks; {checksEn} ({pointsEn}) {(Count == 1 ? "is" : "are")} graded on submission.");
    }
}
