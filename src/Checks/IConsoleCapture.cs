namespace Grader.Checks;

/// <summary>Collects what the student's code prints, from any thread, while a call runs.</summary>
public interface IConsoleCapture
{
    CapturedCall Capture(Action action);

    /// <summary>What has been printed since the current capture began; lets a check watch output as it arrives.</summary>
    string Snapshot();
}
