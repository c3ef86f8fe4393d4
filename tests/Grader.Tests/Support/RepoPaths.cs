namespace Grader.Tests.Support;

/// <summary>Where the repository's files are, found from the test binaries upwards.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Exercises => Path.Combine(Root, "exercises");

    /// <summary>Submissions that must get a known verdict, one folder per exercise.</summary>
    public static string Submissions => Path.Combine(Root, "tests", "Grader.Tests", "Envios");

    public static string Exercise(string id, string file) => Path.Combine(Exercises, id, file);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Grader.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Grader.sln not found above the test binaries.");
    }
}
