using Grader.Checks.Code;

namespace Grader.Compilation.Worker;

/// <summary>Turns the compiler's own request and outcome into what crosses the pipe to a worker and back.</summary>
internal static class WorkerMessages
{
    public static WorkerRequest Request(CompileRequest request) =>
        new(request.Student, request.Checks, request.Reference, request.Rules.Select(r => r.Id).ToList());

    /// <summary>The default rules by their ids; any other id is a member an exercise forbids by name.</summary>
    public static CompileRequest Request(WorkerRequest request) =>
        new(request.Student, request.Checks, request.Reference,
            request.Rules.Select(id => ForbiddenApi.Defaults.FirstOrDefault(r => r.Id == id) ?? ForbiddenApi.Named(id)).ToList());

    public static WorkerReply Reply(CompileOutcome outcome) => outcome switch
    {
        CompiledSubmission c => new WorkerReply(new WorkerCompiled(c.Student, c.Checks, CodeFactsJson.Serialize(c.Facts), c.Unfinished, c.CheckNames), null, null),
        RejectedSubmission r => new WorkerReply(null, new WorkerRejected(r.Kind, r.Messages, r.Total), null),
        _ => throw new InvalidOperationException("Unknown compile outcome."),
    };

    /// <returns>The outcome, or null when the reply holds neither (a failure of the compiler, told by the caller).</returns>
    public static CompileOutcome? Outcome(WorkerReply reply) => reply switch
    {
        { Compiled: { } c } => new CompiledSubmission(c.Student, c.Checks, CodeFactsJson.Deserialize(c.Facts), c.Unfinished) { CheckNames = c.CheckNames },
        { Rejected: { } r } => new RejectedSubmission(r.Kind, r.Messages) { Total = r.Total },
        _ => null,
    };
}
