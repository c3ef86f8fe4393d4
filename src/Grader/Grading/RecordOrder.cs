using Grader.Protocol;

namespace Grader.Grading;

/// <summary>
/// The order in which the runner speaks, checked record by record: <c>hello</c>, <c>program</c>, then for each
/// declared check a <c>start</c> and its <c>check</c>, and <c>done</c>; <c>fault</c> records may come at any point.
/// A run cut short leaves a prefix of it. Anything else was written by someone other than the runner: a record of a
/// name seen twice, a check never started, anything after <c>done</c> but a fault. The runner always goes on to write
/// its own records after a forged one, so a forgery shows up here even if it carried the run's key.
/// </summary>
internal static class RecordOrder
{
    /// <returns>How many records break the order.</returns>
    public static int Violations(IReadOnlyList<ChannelRecord> records, IReadOnlyCollection<string> declaredChecks)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(declaredChecks);
        var started = new HashSet<string>(StringComparer.Ordinal);
        var stage = Stage.Nothing;
        string? open = null;
        var violations = 0;
        foreach (var record in records)
        {
            var next = (stage, record) switch
            {
                (_, FaultRecord) => stage,
                (Stage.Nothing, HelloRecord) => Stage.Hello,
                (Stage.Hello, ProgramRecord) => Stage.Checks,
                (Stage.Checks, CheckStartedRecord start) when open is null && declaredChecks.Contains(start.Name) && started.Add(start.Name) => Stage.Checks,
                (Stage.Checks, CheckRecord check) when open == check.Name => Stage.Checks,
                (Stage.Checks, DoneRecord) when open is null => Stage.Done,
                _ => Stage.Broken,
            };
            if (next == Stage.Broken)
            {
                violations++;
                continue;
            }

            open = record switch
            {
                CheckStartedRecord start => start.Name,
                CheckRecord => null,
                _ => open,
            };
            stage = next;
        }

        return violations;
    }

    private enum Stage
    {
        Nothing,
        Hello,
        Checks,
        Done,
        Broken,
    }
}
