// espera: falla nombre_hilo
// Devuelve Thread.CurrentThread.Name tal cual: en el hilo principal es null, no "principal".
// 02-procesos-hilos: procesos e hilos. Un proceso tiene su id y al menos un hilo, el principal.
// Pruébalo con:   grader run 02-procesos-hilos TU-ARCHIVO.csx
// Corrígelo con:  grader check 02-procesos-hilos TU-ARCHIVO.csx

using System.Diagnostics;

// El id de este proceso en el sistema operativo.
int IdProceso()
{
    // INICIO SOLUCIÓN
    return Environment.ProcessId;
    // FIN SOLUCIÓN
}

// Cuántos hilos tiene ahora este proceso, según el sistema operativo.
int HilosActivos()
{
    // INICIO SOLUCIÓN
    using var proceso = Process.GetCurrentProcess();
    return proceso.Threads.Count;
    // FIN SOLUCIÓN
}

// El nombre del hilo que la ejecuta, o "principal" si no tiene nombre.
string NombreHiloActual()
{
    // INICIO SOLUCIÓN
    return Thread.CurrentThread.Name!;
    // FIN SOLUCIÓN
}

Console.WriteLine($"Proceso de C# ejecutándose con el ID: {IdProceso()}");
Console.WriteLine($"C# está ejecutando {HilosActivos()} hilo(s) actualmente");
Console.WriteLine($"El hilo actual es {NombreHiloActual()}");
