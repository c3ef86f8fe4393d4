namespace Grader.Tests.Support;

/// <summary>
/// A test that drives a terminal program through tmux: where tmux is missing it is reported as skipped, with the
/// reason; in CI (CI=true) it is never skipped, so a machine that lost tmux fails instead of passing silently.
/// </summary>
public sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") != "true" && TmuxSession.Executable is null)
        {
            Skip = "Needs tmux (apt-get install tmux): it plays the student's terminal, keys and screen.";
        }
    }
}
