namespace Grader.Practice;

/// <summary>
/// Tells when a file of interest in a folder was saved, once per save. Editors save in bursts (write, truncate,
/// write again) or through a temporary file renamed over the old one (vim's 4913 and ~ files, JetBrains' ___jb_tmp___,
/// VS Code on some systems), each a few events; so every event for a name of interest, under that name or renamed to or
/// from it, restarts a quiet period, and the save is reported when the folder has been quiet that long.
/// </summary>
internal sealed class FolderWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly FileSystemWatcher watcher;
    private readonly Timer timer;
    private readonly Func<string?, bool> relevant;

    /// <param name="relevant">Whether a name in the folder is a file of interest; asked on the watcher's threads.</param>
    /// <param name="saved">Called on a pool thread after each burst of events.</param>
    public FolderWatcher(string folder, Func<string?, bool> relevant, Action saved)
    {
        this.relevant = relevant;
        timer = new Timer(_ => saved(), null, Timeout.Infinite, Timeout.Infinite);
        watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, e) => Touch(e.Name);
        watcher.Created += (_, e) => Touch(e.Name);
        watcher.Deleted += (_, e) => Touch(e.Name);
        watcher.Renamed += (_, e) =>
        {
            Touch(e.Name);
            Touch(e.OldName);
        };
        // Events were lost (the kernel's queue overflowed): the file may have been saved, and looking costs one hash.
        watcher.Error += (_, _) => Restart();
        watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        watcher.Dispose();
        timer.Dispose();
    }

    private void Touch(string? name)
    {
        if (relevant(name))
        {
            Restart();
        }
    }

    private void Restart()
    {
        try
        {
            timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // An event that arrived while the watch was ending: nobody is waiting for it.
        }
    }
}
