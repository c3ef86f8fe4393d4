// espera: pass
// capa: vista de solo lectura de bwrap (ni /etc, ni la carpeta del corrector, ni otras entregas) y entorno vacío
// secreto: root:x:0:0
// secreto: INICIO SOLUCIÓN
// secreto: SECRETO_DEL_CORRECTOR
// requiere: capas
foreach (var ruta in new[] { "/etc/passwd", "/etc/shadow", "/proc/1/environ", "/proc/self/environ", "/work/main/exercises/01-es-vs-cpu/solucion.csx" })
{
    try
    {
        Console.WriteLine($"{ruta}: {File.ReadAllText(ruta).Replace('\0', ' ')}");
    }
    catch (Exception e)
    {
        Console.WriteLine($"{ruta}: {e.GetType().Name}");
    }
}

foreach (var (clave, valor) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>().Select(e => (e.Key, e.Value)))
{
    Console.WriteLine($"{clave}={valor}");
}
