using Grader.Grading;

namespace Grader.Batch;

/// <summary>Shows a batch as it goes. <see cref="RunAsync"/> brackets the whole batch (a live bar needs to own the console meanwhile).</summary>
internal interface IBatchProgress
{
    Task<T> RunAsync<T>(int total, Func<Action<BatchJob, GradeReport>, Task<T>> work);
}
