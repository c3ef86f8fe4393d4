namespace Grader.Checks;

/// <summary>
/// Marks a method of an exercise's <c>comprobaciones.csx</c> as a check. The name ties it to the entry of
/// the same name in the exercise's metadata, which holds its points, messages and hint.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class CheckAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
