namespace Grader.Authoring;

/// <summary>One thing <c>grader validar</c> proved or found wrong about an exercise.</summary>
internal sealed record ValidationFinding(string Exercise, string What, bool Ok, string Detail);
