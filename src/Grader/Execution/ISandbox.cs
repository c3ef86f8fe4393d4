namespace Grader.Execution;

/// <summary>Runs a compiled submission in a child process, never in the grader's own.</summary>
internal interface ISandbox
{
    /// <summary>The layers that protect the runs of this sandbox.</summary>
    Isolation.IsolationLayers Layers { get; }

    Task<SandboxResult> RunAsync(SandboxRequest request, CancellationToken cancellation = default);
}
