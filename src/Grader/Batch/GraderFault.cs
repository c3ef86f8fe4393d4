using Grader.Checks;
using Grader.Grading;

namespace Grader.Batch;

/// <summary>
/// The grade recorded when the grader itself failed on one file (a bug of ours, a full disk): the batch goes on,
/// and the student is told it is not their fault.
/// </summary>
internal static class GraderFault
{
    public static GradeReport Report(BatchJob job, Exception exception, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(exception);
        return new GradeReport
        {
            ExerciseId = job.Exercise.Id,
            ExerciseTitle = job.Exercise.Metadata.Title,
            Submission = job.HandIn.FileName,
            Status = GradeStatus.Error,
            Reason = FailureReason.Internal,
            Message = new LocalizedText(
                $"El corrector falló con este archivo ({exception.GetType().Name}: {exception.Message}). No es culpa tuya: avisa al profesorado.",
                $"The grader failed on this file ({exception.GetType().Name}: {exception.Message}). It is not your fault: tell your instructor."),
            Score = 0,
            MaxScore = job.Exercise.GradedMaxScore,
            Duration = duration,
        };
    }
}
