namespace Grader.Batch;

/// <summary>What a name in a submissions folder is, seen without following it (lstat).</summary>
internal enum InboxFileKind
{
    Regular,
    Directory,
    SymbolicLink,

    /// <summary>A FIFO, socket or device: opening one for reading can block for good, so it never is.</summary>
    Special,

    /// <summary>lstat failed: the name is not the bytes on disk (not UTF-8), or the file went away.</summary>
    Unknown,
}
