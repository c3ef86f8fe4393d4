using Grader.Grading;

namespace Grader.Batch;

/// <summary>
/// How much of an inbox is ever read, because the inbox is the students' to shape: a class of a thousand students
/// with fifteen files each is 15 000 entries and a few tens of MB, so these limits leave room and still stop a
/// million-entry zip before it is parsed and a bomb of many 1 MB scripts before it fills memory.
/// </summary>
/// <param name="MaxEntries">Entries of a zip (as its end record declares them) or of a folder (everything in it):
/// past it the whole inbox is refused, since parsing a zip's directory is all or nothing.</param>
/// <param name="MaxFileBytes">One script; a larger file, declared or actual, is listed unread.</param>
/// <param name="MaxTotalBytes">All the scripts read, in path order; the files after it are listed unread.</param>
internal sealed record InboxLimits(int MaxEntries, long MaxFileBytes, long MaxTotalBytes)
{
    public static InboxLimits Default { get; } = new(50_000, SubmissionFile.MaxBytes, 256L * 1024 * 1024);

    /// <summary>"256 MB", "1024 KB": a limit as the reasons print it.</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MB"
        : $"{bytes / 1024} KB";
}
