namespace Grader.Batch;

/// <summary>A file of the submissions, wherever it lives (a folder or a zip): its path with '/' separators, size, and text.</summary>
internal sealed record InboxEntry(string RelativePath, long Length, Func<string> ReadText);
