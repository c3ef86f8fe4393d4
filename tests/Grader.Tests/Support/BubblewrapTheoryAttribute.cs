using Grader.Execution;

namespace Grader.Tests.Support;

/// <summary>
/// A theory that needs bubblewrap's namespaces: elsewhere it is reported as skipped, with the reason; in CI (CI=true)
/// it is never skipped, so a machine that lost bubblewrap fails instead of passing silently.
/// </summary>
public sealed class BubblewrapTheoryAttribute : TheoryAttribute
{
    public BubblewrapTheoryAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") != "true" && ChildProcessSandbox.Best().Layers.Namespaces != "bwrap")
        {
            Skip = "Needs bubblewrap: without its namespaces these attacks would reach the machine running the tests.";
        }
    }
}
