// espera: pass
// capa: vista de solo lectura de bwrap y /tmp propio (tmpfs); uid sin privilegios
// requiere: capas
foreach (var ruta in new[] { "/tmp/grader-ataque-escrito.txt", "/work/main/grader-ataque-escrito.txt", "/usr/grader-ataque-escrito.txt" })
{
    try
    {
        File.WriteAllText(ruta, "estuve aquí");
        Console.WriteLine($"escrito {ruta}");
    }
    catch (Exception e)
    {
        Console.WriteLine($"{ruta}: {e.GetType().Name}");
    }
}
