namespace Grader.Checks;

/// <summary>Collects what the student's code prints, from any thread, while a call runs.</summary>
public interface IConsoleCapture
{
    CapturedCall Capture(Action action);

    /// <summary>
    /// Calls, then keeps collecting until <paramref name="finished"/> holds for the output (threads the call
    /// left running may still print) or <paramref name="patience"/> runs out. The elapsed time runs until then.
    /// </summary>
    CapturedCall CaptureUntil(Action action, Func<string, bool> finished, TimeSpan patience);

    /// <summary>
    /// Calls while every console write from a thread other than the calling one first waits <paramref name="delay"/>:
    /// output from a thread nobody waits for arrives late, on any machine.
    /// </summary>
    CapturedCall CaptureWithSlowThreads(Action action, TimeSpan delay);
}
