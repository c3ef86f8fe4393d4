namespace Grader.Benchmarks;

/// <summary>
/// An exercise whose checks take no time of their own (one call of a one-line function): grading it costs only
/// the grader's overhead (compile, start, sandbox, report, gradebook). Written to a temporary folder per bench.
/// </summary>
internal static class BenchExercise
{
    public const string Id = "00-sin-trabajo";

    public static string Write(string root)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, Id)).FullName;
        File.WriteAllText(Path.Combine(folder, "ejercicio.yaml"), """
            titulo: {es: 'Sin trabajo propio', en: 'No work of its own'}
            orden: 0
            limites: {tiempo_s: 20, memoria_mb: 256, salida_kb: 64}
            comprobaciones:
              - nombre: suma
                puntos: 1
                descripcion: {es: 'Suma(2, 3) devuelve 5.', en: 'Suma(2, 3) returns 5.'}
            """);
        File.WriteAllText(Path.Combine(folder, "comprobaciones.csx"), """
            [Check("suma")]
            Verdict SumaBien(CheckContext ctx) => Expect.Equal(5, Suma(2, 3), "Suma(2, 3)", "Suma(2, 3)");
            """);
        File.WriteAllText(Path.Combine(folder, "solucion.csx"), Submission(0));
        File.WriteAllText(Path.Combine(folder, "plantilla.csx"), "int Suma(int a, int b) => throw new NotImplementedException(); // completa\n");
        return root;
    }

    /// <summary>The n-th student's file: the same code with its own comment, so no two files share a hash.</summary>
    public static string Submission(int n) => $"// alumno {n}\nint Suma(int a, int b) => a + b;\nConsole.WriteLine(Suma(2, 3));\n";
}
