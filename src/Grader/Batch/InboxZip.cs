using System.IO.Compression;
using Grader.Grading;

namespace Grader.Batch;

/// <summary>
/// Lists the entries of a submissions zip, read in place and never extracted, so a hostile archive (paths with "..",
/// a bomb) can write nothing. The declared entry count is checked before the directory is parsed; an entry is read
/// only when its declared size is a script's, through a read bounded by the limit, and kept only when what came out
/// has the size and CRC its header says: .NET checks neither (measured: a wrong CRC read back without error, and an
/// entry declaring 10 bytes of a 2 MB file was silently cut to 10).
/// </summary>
internal static class InboxZip
{
    public const string Damaged = "el zip está dañado: su tamaño o CRC no es el que dice la cabecera / the zip is damaged: its size or CRC is not what its header says";

    public static IReadOnlyList<InboxEntry> Read(string path, InboxLimits limits, out IDisposable owner)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ZipArchive? archive = null;
        try
        {
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
                if (ZipEndRecord.DeclaredEntries(file) is { } declared && declared > (ulong)limits.MaxEntries)
                {
                    throw new BadInputException($"'{path}' declares {declared} entries, more than the {limits.MaxEntries} a class's submissions can have. Nothing was read.");
                }
            }

            archive = ZipFile.Open(path, ZipArchiveMode.Read, ZipNameEncoding.Instance);
            var entries = archive.Entries
                .Where(e => !e.FullName.EndsWith('/'))
                .OrderBy(e => e.FullName, StringComparer.Ordinal)
                .Select(e => new InboxEntry(e.FullName.Replace('\\', '/'), e.Length, () => ReadEntry(e, limits.MaxFileBytes)))
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

    private static string ReadEntry(ZipArchiveEntry entry, long max)
    {
        using var stream = entry.Open();
        var bytes = BoundedRead.Bytes(stream, max) ?? throw RefusedEntryException.TooLarge(max);
        if (bytes.Length != entry.Length || Crc32.Of(bytes) != entry.Crc32)
        {
            throw new RefusedEntryException(Damaged);
        }

        return BoundedRead.Text(bytes);
    }
}
