// espera: falla dos_procesos, hijo_es_otro_proceso, padre_espera
// Nunca relanza el script: escribe registros de hijos falsos en $TMPDIR/grader-hijos, donde el corredor los dejaba,
// y IniciarHijo arranca /usr/bin/true. Los registros ya solo llegan por el canal que el núcleo autentica.
using System.Diagnostics;

void Falsificar(int pid, int padre, DateTimeOffset fin)
{
    var carpeta = Path.Combine(Path.GetTempPath(), "grader-hijos");
    Directory.CreateDirectory(carpeta);
    var inicio = fin.AddMilliseconds(-50).ToString("o");
    File.WriteAllText(Path.Combine(carpeta, $"{pid}.json"),
        $"{{\"processId\":{pid},\"parentProcessId\":{padre},\"output\":\"Hola desde el proceso hijo {pid}\\n\",\"started\":\"{inicio}\",\"finished\":\"{fin:o}\",\"error\":null}}");
}

// Cualquier proceso vale (aquí /usr/bin/true, que no es este script); su registro lo escribe el padre.
Process IniciarHijo()
{
    var p = Process.Start(new ProcessStartInfo("/usr/bin/true"))!;
    Falsificar(p.Id, Environment.ProcessId, DateTimeOffset.UtcNow);
    return p;
}

// El programa no arranca ningún proceso: imprime la línea del padre y deja un «hijo» que acabó antes.
Falsificar(4242, Environment.ProcessId, DateTimeOffset.UtcNow.AddSeconds(-1));
Console.WriteLine($"Hola desde el proceso padre {Environment.ProcessId}");
