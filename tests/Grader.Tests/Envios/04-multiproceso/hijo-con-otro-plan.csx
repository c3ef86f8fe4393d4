// espera: falla dos_procesos, hijo_es_otro_proceso, padre_espera
// El hijo es el corredor, pero con otros argumentos: una copia del plan en TMPDIR, que el alumno podría cambiar
// para que el hijo ejecutara otra cosa. Un hijo es el corredor con los argumentos del padre, ni uno distinto.
using System.Diagnostics;

const string VariableRol = "ROL_PROCESO";

void HolaDesdeHijo() => Console.WriteLine($"Hola desde el proceso hijo {Environment.ProcessId}");

void HolaDesdePadre() => Console.WriteLine($"Hola desde el proceso padre {Environment.ProcessId}");

Process IniciarHijo()
{
    var argumentos = Environment.GetCommandLineArgs();
    var copia = Path.Combine(Path.GetTempPath(), "plan.json");
    File.Copy(argumentos[2], copia, overwrite: true);
    argumentos[2] = copia;
    var inicio = new ProcessStartInfo(Environment.ProcessPath!, argumentos);
    inicio.Environment[VariableRol] = "hijo";
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
