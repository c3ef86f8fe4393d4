using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// Every wrong submission under Envios/ fails exactly the checks its first line declares. Exercises whose checks
/// measure time (<c>mide_tiempo</c>) are graded in <see cref="TimedWrongSubmissionTests"/>, alone.
/// </summary>
public sealed class WrongSubmissionTests
{
    public static TheoryData<string, string> Untimed() => Expectation.Submissions(measuresTime: false);

    [Theory]
    [MemberData(nameof(Untimed))]
    public Task A_wrong_submission_fails_exactly_the_checks_it_declares(string exercise, string file) =>
        Expectation.AssertGradedAsDeclaredAsync(exercise, file);
}

[Collection(TimingCollection.Name)]
public sealed class TimedWrongSubmissionTests
{
    public static TheoryData<string, string> Timed() => Expectation.Submissions(measuresTime: true);

    [Theory]
    [MemberData(nameof(Timed))]
    public Task A_wrong_submission_fails_exactly_the_checks_it_declares(string exercise, string file) =>
        Expectation.AssertGradedAsDeclaredAsync(exercise, file);
}
