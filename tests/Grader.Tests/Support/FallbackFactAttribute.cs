using Grader.Execution.Isolation;

namespace Grader.Tests.Support;

/// <summary>
/// A test of the sandbox without bubblewrap, as root: runs under uids of their own (setpriv), in a PID namespace
/// (unshare) and in cgroups. Elsewhere it is reported as skipped, with the reason; in CI (CI=true, as root with every
/// tool) it is never skipped, so a machine that lost a tool fails instead of passing silently.
/// </summary>
public sealed class FallbackFactAttribute : FactAttribute
{
    public FallbackFactAttribute()
    {
        var tools = HostTools.Current;
        if (Environment.GetEnvironmentVariable("CI") != "true" && !(tools.IsRoot && tools.Setpriv is not null && tools.Prlimit is not null && tools.Unshare is not null && tools.Ip is not null))
        {
            Skip = "Needs root with setpriv, prlimit, unshare and ip: runs under a uid of their own without bubblewrap.";
        }
    }
}
