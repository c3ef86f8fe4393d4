namespace Grader.Batch;

/// <summary>
/// A file of the submissions, wherever it lives (a folder or a zip): its path with '/' separators, size, and text.
/// <paramref name="Refusal"/>, when set, is why it is listed without being read (a link, a FIFO).
/// </summary>
internal sealed record InboxEntry(string RelativePath, long Length, Func<string> ReadText, string? Refusal = null)
{
    public static InboxEntry Refused(string relativePath, string reason) =>
        new(relativePath, 0, () => throw new RefusedEntryException(reason), reason);
}
