namespace Grader.Practice;

/// <summary>What <c>grader vigilar</c> reacts to, one at a time, in the order it came.</summary>
internal abstract record WatchEvent;

/// <summary>A key the student pressed.</summary>
internal sealed record KeyPressed(char Key) : WatchEvent;

/// <summary>A file of the current exercise was saved (or removed, or renamed).</summary>
internal sealed record FileSaved : WatchEvent;
