namespace Grader.Cli;

internal static class ExitCodes
{
    /// <summary>Every check passed (or, for run, the program ended normally).</summary>
    public const int Success = 0;

    /// <summary>Something failed or could not run.</summary>
    public const int Failure = 1;

    /// <summary>Usage or bad input: a file or exercise that does not exist.</summary>
    public const int BadInput = 2;
}
