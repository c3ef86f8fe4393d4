// espera: pass
// ejercicio: 00-ataque-procesos
// capa: espacio de nombres PID de bwrap (--die-with-parent) y el cgroup de la ejecución, matados al final
// requiere: capas
using System.Diagnostics;
Process.Start(new ProcessStartInfo("/usr/bin/setsid", ["--fork", "/usr/bin/sh", "-c", "exec sleep 1000"]))!.WaitForExit();
Console.WriteLine("demonio lanzado");
