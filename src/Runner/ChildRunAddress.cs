using System.Globalization;
using System.Net.Sockets;

namespace Grader.Runner;

/// <summary>
/// Where a grading runner hears from the relaunches it starts: an abstract Unix socket (a name in the network
/// namespace, no file to delete or replace) named after the runner's pid, which a relaunch reads from the kernel as
/// its parent's. Anyone may compute the name and connect: nothing rests on its secrecy, everything on what the
/// kernel says about who connected (<see cref="RelaunchVerifier"/>).
/// </summary>
internal static class ChildRunAddress
{
    public static UnixDomainSocketEndPoint Of(int runnerPid) =>
        new("\0grader-hijos-" + runnerPid.ToString(CultureInfo.InvariantCulture));
}
