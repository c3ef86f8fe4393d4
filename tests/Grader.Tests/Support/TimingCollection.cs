namespace Grader.Tests.Support;

/// <summary>
/// Tests that grade exercises whose checks measure time run in this collection: after the parallel ones, one at a
/// time, so a speedup is never measured while another test uses the other core.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
