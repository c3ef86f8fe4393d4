namespace Grader.Tests.Support;

/// <summary>
/// An instructor's own exercise, written into a folder: 90-doble, a visible check of 6 points and a hidden one of 4
/// in comprobaciones-ocultas.csx. The hidden file has a using of its own, which a script allows only before its
/// members: it proves the hidden checks compile after the visible ones all the same.
/// </summary>
internal static class DoubleExercise
{
    public const string Id = "90-doble";

    /// <summary>A line only the hidden checks hold: found in a student's edition, the hidden checks leaked.</summary>
    public const string HiddenLine = "Doble(-3_500_000_000).ToString(CultureInfo.InvariantCulture)";

    /// <returns>The exercise's folder.</returns>
    public static string Write(string course)
    {
        var exercise = Directory.CreateDirectory(Path.Combine(course, Id)).FullName;
        File.WriteAllText(Path.Combine(exercise, "ejercicio.yaml"), """
            titulo: {es: 'El doble', en: 'Twice'}
            orden: 90
            limites: {tiempo_s: 10, memoria_mb: 128, salida_kb: 16}
            comprobaciones:
              - nombre: dobla
                puntos: 6
                descripcion: {es: 'Doble(n) devuelve 2n.', en: 'Doble(n) returns 2n.'}
                pista: {es: 'Multiplica por dos.', en: 'Multiply by two.'}
              - nombre: secreta
                puntos: 4
                oculta: true
                descripcion: {es: 'Un caso que no se enseña.', en: 'A case that is not shown.'}
            """);
        File.WriteAllText(Path.Combine(exercise, "solucion.csx"), """
            // Devuelve el doble de n.
            long Doble(long n)
            {
                // INICIO SOLUCIÓN
                return 2 * n;
                // FIN SOLUCIÓN
            }

            Console.WriteLine(Doble(21));
            """);
        File.WriteAllText(Path.Combine(exercise, "comprobaciones.csx"), """
            [Check("dobla")]
            Verdict Dobla(CheckContext ctx) => Expect.Equal(42L, Doble(21), "Doble(21)", "Doble(21)");
            """);
        File.WriteAllText(Path.Combine(exercise, "comprobaciones-ocultas.csx"), $$"""
            // Las ocultas: nunca en la edición del alumnado.
            using System.Globalization;

            [Check("secreta")]
            Verdict Secreta(CheckContext ctx) => Expect.SameText("-7000000000", {{HiddenLine}}, "Doble(-3500000000)", "Doble(-3500000000)");
            """);
        File.WriteAllText(Path.Combine(exercise, "enunciado.md"), "# El doble\n");
        return exercise;
    }
}
