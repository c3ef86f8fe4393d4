namespace Grader.Runner;

/// <summary>
/// The student's standard input while graded: empty, as before, but it remembers being read, so that the null a
/// <c>Console.ReadLine()</c> returns can be named when an exception follows from it.
/// </summary>
internal sealed class EmptyInput : TextReader
{
    public static EmptyInput Instance { get; } = new();

    /// <summary>Set once the program asked for input and got its end.</summary>
    public bool WasRead { get; private set; }

    public override int Peek() => -1;

    public override int Read()
    {
        WasRead = true;
        return -1;
    }

    public override string? ReadLine()
    {
        WasRead = true;
        return null;
    }

    public override string ReadToEnd()
    {
        WasRead = true;
        return "";
    }
}
