using Grader.Grading;

namespace Grader.Batch;

/// <summary>Lists the files of a submissions folder (<see cref="InboxFolder"/>) or .zip (<see cref="InboxZip"/>).</summary>
internal static class InboxEntries
{
    public static IReadOnlyList<InboxEntry> Read(string path, InboxLimits limits, out IDisposable? owner)
    {
        ArgumentNullException.ThrowIfNull(path);
        owner = null;
        if (Directory.Exists(path))
        {
            return InboxFolder.Read(path, limits);
        }

        if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            // The zip is the instructor's own argument, a link to it is fine; a FIFO named .zip would block the open.
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
            if (FileKinds.Of(target).Kind != InboxFileKind.Regular)
            {
                throw new BadInputException($"'{path}' is not a regular file.");
            }

            var entries = InboxZip.Read(path, limits, out var archive);
            owner = archive;
            return entries;
        }

        throw new BadInputException(File.Exists(path)
            ? $"'{path}' is neither a folder nor a .zip of submissions."
            : $"The submissions folder '{path}' does not exist.");
    }
}
