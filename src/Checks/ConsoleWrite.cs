namespace Grader.Checks;

/// <summary>One write to the console during a capture, with the managed id of the thread that made it.</summary>
public sealed record ConsoleWrite(int ThreadId, string Text);
