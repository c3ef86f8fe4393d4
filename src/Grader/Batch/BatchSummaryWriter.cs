using System.Globalization;
using Grader.Checks;
using Grader.Execution.Isolation;
using Grader.Gradebook;

namespace Grader.Batch;

/// <summary>
/// The few lines printed when a batch ends: what was graded, what could not be placed, what was changed in the
/// submissions' permissions, where the reports are, and, loudest, when students' code ran without every isolation layer.
/// </summary>
internal static class BatchSummaryWriter
{
    /// <param name="submissionsAccess">What grade changed, or could not change, in the submissions' permissions (<see cref="SubmissionsAccess"/>).</param>
    public static void Write(
        TextWriter output, BatchSummary summary, ClassResults results, string folder, string gradebook, IsolationLayers isolation, LocalizedText? submissionsAccess = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(isolation);
        if (!isolation.Full && summary.Graded > 0)
        {
            WriteIsolationWarning(output, isolation);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Graded {summary.Graded} (pass {summary.Passed}, fail {summary.Failed}, error {summary.Errors}) in {summary.Elapsed.TotalSeconds:0.0} s; {summary.Skipped} already graded."));
        if (summary.Cancelled)
        {
            output.WriteLine("Stopped before the end: every grade finished so far is saved; run the same command again to go on.");
        }

        if (summary.GraderFaults > 0)
        {
            output.WriteLine($"The grader failed on {summary.GraderFaults} file(s): see reason 'internal' in the report.");
        }

        if (results.Unplaced.Count > 0)
        {
            output.WriteLine($"{results.Unplaced.Count} file(s) could not be placed:");
            foreach (var file in results.Unplaced)
            {
                output.WriteLine($"  {file.Path}: {file.Reason}");
            }
        }

        if (submissionsAccess is not null)
        {
            output.WriteLine(submissionsAccess.Es);
            output.WriteLine(submissionsAccess.En);
        }

        output.WriteLine($"Gradebook: {gradebook}");
        output.WriteLine($"Reports:   {Path.GetFullPath(folder)}");
    }

    /// <summary>Students' code is untrusted: grading a class with less than every layer must not go unnoticed.</summary>
    public static void WriteIsolationWarning(TextWriter output, IsolationLayers isolation)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(isolation);
        output.WriteLine("!!! WARNING: students' code ran WITHOUT every isolation layer !!!");
        output.WriteLine($"    missing: {string.Join(", ", isolation.Missing)} (had: {string.Join(", ", isolation.Names)})");
        output.WriteLine("    A hostile submission can reach more of this machine than its own run. Install bubblewrap (grader doctor");
        output.WriteLine("    lists what is missing) and grade a class with --require-isolation, which refuses to run with less.");
    }
}
