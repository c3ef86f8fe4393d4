using Grader.Checks;

namespace Grader.Authoring;

/// <summary>One thing <c>grader validar</c> proved or found wrong about an exercise, said in both languages.</summary>
internal sealed record ValidationFinding(string Exercise, LocalizedText What, bool Ok, LocalizedText Detail);
