// espera: falla dos_procesos, hijo_es_otro_proceso, padre_espera
// La solución, pero el hijo arranca con LD_PRELOAD, por donde otro código entraría en él antes que el corredor (aquí
// una biblioteca que no existe: el cargador avisa y sigue). El padre no da por hijo a un proceso así, y ese hijo,
// sin verificar, no ejecuta el script.
using System.Diagnostics;

const string VariableRol = "ROL_PROCESO";

void HolaDesdeHijo() => Console.WriteLine($"Hola desde el proceso hijo {Environment.ProcessId}");

void HolaDesdePadre() => Console.WriteLine($"Hola desde el proceso padre {Environment.ProcessId}");

Process IniciarHijo()
{
    var inicio = new ProcessStartInfo(Environment.ProcessPath!, Environment.GetCommandLineArgs());
    inicio.Environment[VariableRol] = "hijo";
    inicio.Environment["LD_PRELOAD"] = "/tmp/no-existe.so";
    return Process.Start(inicio)!;
}

void EjecutarPadre()
{
    using var hijo = IniciarHijo();
    HolaDesdePadre();
    hijo.WaitForExit();
}

if (Environment.GetEnvironmentVariable(VariableRol) == "hijo")
{
    HolaDesdeHijo();
}
else
{
    EjecutarPadre();
}
