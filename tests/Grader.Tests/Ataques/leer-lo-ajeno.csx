// espera: pass
// capa: vista de solo lectura de bwrap (ni /etc, ni la carpeta del corrector, ni otras entregas; las comprobaciones llegan por stdin, no como archivo) y entorno vacío
// secreto: FUGA
// requiere: capas
// Lee todo lo que un atacante querría y dice FUGA si encuentra algo que no debería ver.
var marcas = new[] { "root:x:0:0", "INICIO SOLUCIÓN", "LineasEsperadas", "SECRETO_DEL_CORRECTOR", "RequireProgramCompleted" };
// Alumno.dll es este mismo código, con las marcas escritas: no cuenta.
var rutas = Directory.GetFiles("/sandbox/bin").Where(f => !f.EndsWith("Alumno.dll")).Concat(new[]
{
    "/etc/passwd", "/etc/shadow", "/proc/1/environ", "/proc/self/environ",
    "/work/main/exercises/01-es-vs-cpu/solucion.csx",
    "/grader/exercises/01-es-vs-cpu/solucion.csx", "/grader/exercises/01-es-vs-cpu/comprobaciones.csx",
});
foreach (var ruta in rutas)
{
    try
    {
        var contenido = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(ruta)) + System.Text.Encoding.Unicode.GetString(File.ReadAllBytes(ruta));
        var vistas = marcas.Where(m => contenido.Contains(m)).ToList();
        Console.WriteLine(vistas.Count > 0 ? $"FUGA en {ruta}: {string.Join(", ", vistas)}" : $"{ruta}: nada");
    }
    catch (Exception e)
    {
        Console.WriteLine($"{ruta}: {e.GetType().Name}");
    }
}

foreach (var entrada in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>())
{
    Console.WriteLine(marcas.Any(m => $"{entrada.Value}".Contains(m)) ? $"FUGA en el entorno: {entrada.Key}" : $"{entrada.Key}: nada");
}
