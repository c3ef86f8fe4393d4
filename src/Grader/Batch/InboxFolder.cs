using Grader.Grading;

namespace Grader.Batch;

/// <summary>
/// Lists a submissions folder without ever following a symbolic link (to a file or a folder, inside the inbox or
/// out of it: refused, simplest and safe) or opening anything but a regular file. Every name is looked at with
/// lstat before anything else touches it; what is not a regular file or a folder is listed with the reason.
/// </summary>
internal static class InboxFolder
{
    public const string SymbolicLink = "es un enlace simbólico: no se sigue / it is a symbolic link: not followed";

    public const string NotRegular = "no es un archivo normal (FIFO, socket o dispositivo): no se abre / not a regular file (a FIFO, socket or device): not opened";

    private static readonly EnumerationOptions OneLevel = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    public static IReadOnlyList<InboxEntry> Read(string root, InboxLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        root = Path.GetFullPath(root);
        var entries = new List<InboxEntry>();
        var seen = 0;
        var folders = new Stack<string>();
        folders.Push("");
        while (folders.TryPop(out var folder))
        {
            List<string> names;
            try
            {
                names = [.. Directory.EnumerateFileSystemEntries(Path.Combine(root, folder), "*", OneLevel).Select(Path.GetFileName).OfType<string>()];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (folder.Length == 0)
                {
                    throw new BadInputException($"The submissions folder '{root}' cannot be read: {e.Message}");
                }

                entries.Add(InboxEntry.Refused(folder, $"no se puede leer la carpeta / the folder cannot be read: {e.GetType().Name}"));
                continue;
            }

            seen += names.Count;
            if (seen > limits.MaxEntries)
            {
                throw new BadInputException($"'{root}' holds more than {limits.MaxEntries} entries: that is not a class's submissions. Nothing was read.");
            }

            foreach (var name in names)
            {
                var relative = folder.Length == 0 ? name : folder + "/" + name;
                var (kind, length) = FileKinds.Of(Path.Combine(root, relative));
                switch (kind)
                {
                    case InboxFileKind.Regular:
                        var full = Path.Combine(root, relative);
                        entries.Add(new InboxEntry(relative, length, () => ReadFile(full, limits.MaxFileBytes)));
                        break;
                    case InboxFileKind.Directory:
                        folders.Push(relative);
                        break;
                    case InboxFileKind.SymbolicLink:
                        entries.Add(InboxEntry.Refused(relative, SymbolicLink));
                        break;
                    case InboxFileKind.Special:
                        entries.Add(InboxEntry.Refused(relative, NotRegular));
                        break;
                    default:
                        entries.Add(InboxEntry.Refused(relative, InboxNames.Problem(name)
                            ?? "desapareció o no se puede leer / it went away or cannot be read"));
                        break;
                }
            }
        }

        return [.. entries.OrderBy(e => e.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Opens a file that lstat found regular. Were it swapped for a FIFO since (a race only someone on this machine
    /// could run), the read would still be bounded by the limit but the open could wait.
    /// </summary>
    private static string ReadFile(string path, long max)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return BoundedRead.Text(BoundedRead.Bytes(stream, max) ?? throw RefusedEntryException.TooLarge(max));
    }
}
