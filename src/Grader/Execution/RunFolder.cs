namespace Grader.Execution;

/// <summary>
/// A fresh temporary folder per run: <c>bin/</c> holds the compiled assemblies and the plan, <c>work/</c> is
/// the program's empty working folder, <c>tmp/</c> its TMPDIR. Deleted when disposed.
/// </summary>
internal sealed class RunFolder : IDisposable
{
    private RunFolder(string root)
    {
        Root = root;
        Bin = Directory.CreateDirectory(Path.Combine(root, "bin")).FullName;
        Work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
        Temp = Directory.CreateDirectory(Path.Combine(root, "tmp")).FullName;
    }

    public string Root { get; }

    public string Bin { get; }

    public string Work { get; }

    public string Temp { get; }

    public static RunFolder Create()
    {
        StaleRuns.SweepOnce();
        return new(Directory.CreateTempSubdirectory(StaleRuns.FolderPrefix).FullName);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Something a run's process left that this user cannot remove; the temp folder cleaner takes it later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
