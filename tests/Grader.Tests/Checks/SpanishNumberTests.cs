using Grader.Checks;

namespace Grader.Tests.Checks;

public sealed class SpanishNumberTests
{
    [Theory]
    [InlineData(1.2, 2, "1,20")]
    [InlineData(0.6423, 4, "0,6423")]
    [InlineData(1234.5, 1, "1234,5")]
    [InlineData(-0.05, 1, "-0,1")]
    public void Writes_a_decimal_with_a_comma_whatever_the_culture(double value, int decimals, string expected)
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            Assert.Equal(expected, SpanishNumber.Format(value, decimals));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("05-fibonacci-hilos")]
    [InlineData("06-es-con-hilos")]
    [InlineData("07-async-await")]
    public void The_timing_checks_write_their_spanish_decimals_with_it(string exercise)
    {
        // A Spanish sentence of these checks formats a fraction with :F1/:F2 only where it quotes the program.
        var lines = File.ReadAllLines(Support.RepoPaths.Exercise(exercise, "comprobaciones.csx"))
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"( veces""|tardó|peticiones en|para LeerConHilos|debería tardar)"))
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @":F[1-9]\}"))
            .ToList();

        Assert.Empty(lines);
    }
}
