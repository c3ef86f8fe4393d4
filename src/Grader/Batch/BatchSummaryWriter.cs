using System.Globalization;
using Grader.Gradebook;

namespace Grader.Batch;

/// <summary>The few lines printed when a batch ends: what was graded, what could not be placed, where the reports are.</summary>
internal static class BatchSummaryWriter
{
    public static void Write(TextWriter output, BatchSummary summary, ClassResults results, string folder, string gradebook)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(results);
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

        output.WriteLine($"Gradebook: {gradebook}");
        output.WriteLine($"Reports:   {Path.GetFullPath(folder)}");
    }
}
