using System.Globalization;

namespace Grader.Reporting.Class;

/// <summary>How each exercise and each check went over the class, and the distribution of totals.</summary>
internal static class ResultsSections
{
    public static void WriteExercises(ReportContext context)
    {
        var labels = context.Labels;
        context.SectionStart("ejercicios", labels.ExercisesHeading);
        if (context.Results.Exercises.Count == 0)
        {
            context.Nothing();
            context.SectionEnd();
            return;
        }

        context.Chart(ChartSpec.PassRateId);
        context.TableStart("tabla-ejercicios", [
            new(labels.Exercise), new(labels.ExerciseTitle), new(labels.HandedIn, Numeric: true), new(labels.Passed, Numeric: true),
            new(labels.Failed, Numeric: true), new(labels.Errors, Numeric: true), new(labels.Missing, Numeric: true),
            new(labels.MeanScore, Numeric: true), new(labels.PassRate, Numeric: true),
        ]);
        foreach (var exercise in context.Statistics.Exercises)
        {
            context.Line("<tr>"
                + ReportContext.Cell(exercise.Exercise.Id)
                + ReportContext.Cell(exercise.Exercise.Title.In(context.Language))
                + Count(exercise.HandedIn)
                + Count(exercise.Passed)
                + Count(exercise.Failed)
                + Count(exercise.Errors)
                + Count(exercise.Missing)
                + ReportContext.NumberCell(exercise.MeanScore, $"{context.Format.Number(exercise.MeanScore)} / {exercise.Exercise.MaxScore}")
                + ReportContext.NumberCell(exercise.PassRate, context.Format.Percent(exercise.PassRate))
                + "</tr>");
        }

        context.TableEnd();
        context.SectionEnd();
    }

    public static void WriteChecks(ReportContext context)
    {
        var labels = context.Labels;
        context.SectionStart("comprobaciones", labels.ChecksHeading);
        if (context.Statistics.Checks.Count == 0)
        {
            context.Nothing();
            context.SectionEnd();
            return;
        }

        context.Chart(ChartSpec.MostFailedId);
        context.TableStart("tabla-comprobaciones", [
            new(labels.Exercise), new(labels.Check), new(labels.Points, Numeric: true),
            new(labels.PassedOfGraded, Numeric: true), new(labels.PassRate, Numeric: true),
        ]);
        foreach (var check in context.Statistics.Checks)
        {
            var name = Html.Encode(check.Check.Name) + (check.Check.Hidden ? $" <small class=\"hidden\">({Html.Encode(labels.Hidden)})</small>" : "");
            context.Line("<tr>"
                + ReportContext.Cell(check.ExerciseId)
                + $"<td>{name}</td>"
                + Count(check.Check.Points)
                + ReportContext.NumberCell(check.Passed, $"{check.Passed} / {check.Graded}")
                + ReportContext.NumberCell(check.PassRate, context.Format.Percent(check.PassRate))
                + "</tr>");
        }

        context.TableEnd();
        context.SectionEnd();
    }

    public static void WriteDistribution(ReportContext context)
    {
        context.SectionStart("distribucion", context.Labels.DistributionHeading);
        if (!context.Chart(ChartSpec.HistogramId))
        {
            context.Nothing();
        }

        context.SectionEnd();
    }

    private static string Count(int value) => ReportContext.NumberCell(value, value.ToString(CultureInfo.InvariantCulture));
}
