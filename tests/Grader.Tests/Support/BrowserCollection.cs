namespace Grader.Tests.Support;

/// <summary>
/// Tests that drive headless Chromium run in this collection, one at a time: a browser is heavy for two cores,
/// and its timings should not compete with the gradings running in parallel.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
