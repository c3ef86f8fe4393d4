// espera: error|fail *
// ejercicio: 00-ataque-procesos
// capa: cgroup pids.max y RLIMIT_NPROC del uid de la ejecución; límite de anidamiento de relanzamientos
// requiere: capas
using System.Diagnostics;
var hijos = new List<Process>();
while (true)
{
    hijos.Add(Process.Start(new ProcessStartInfo("/usr/bin/sh", ["-c", "while :; do sh -c 'sleep 100' & done"]))!);
}
