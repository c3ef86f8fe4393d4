namespace Grader.Execution;

/// <summary>Runs a compiled submission in a child process, never in the grader's own.</summary>
internal interface ISandbox
{
    Task<SandboxResult> RunAsync(SandboxRequest request, CancellationToken cancellation = default);
}
