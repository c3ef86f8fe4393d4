using System.IO.Compression;
using System.Text;
using Grader.Grading;

namespace Grader.Batch;

/// <summary>
/// Lists the files of a submissions folder or .zip. A zip is read in place, never extracted, so a hostile archive
/// (paths with "..", a bomb) can write nothing; only entries small enough to be scripts are ever decompressed.
/// </summary>
internal static class InboxEntries
{
    public static IReadOnlyList<InboxEntry> Read(string path, out IDisposable? owner)
    {
        ArgumentNullException.ThrowIfNull(path);
        owner = null;
        if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            return Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
                .Order(StringComparer.Ordinal)
                .Select(f => new InboxEntry(Path.GetRelativePath(root, f).Replace('\\', '/'), new FileInfo(f).Length, () => File.ReadAllText(f)))
                .ToList();
        }

        if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            ZipArchive? archive = null;
            try
            {
                archive = ZipFile.OpenRead(path);
                var entries = archive.Entries
                    .Where(e => !e.FullName.EndsWith('/'))
                    .OrderBy(e => e.FullName, StringComparer.Ordinal)
                    .Select(e => new InboxEntry(e.FullName.Replace('\\', '/'), e.Length, () => ReadEntry(e)))
                    .ToList();
                owner = archive;
                return entries;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
            {
                archive?.Dispose();
                throw new BadInputException($"'{path}' is not a readable zip: {e.Message}");
            }
        }

        throw new BadInputException(File.Exists(path)
            ? $"'{path}' is neither a folder nor a .zip of submissions."
            : $"The submissions folder '{path}' does not exist.");
    }

    private static string ReadEntry(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
