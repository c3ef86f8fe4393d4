// espera: falla dos_procesos
// El hijo imprime el id de su hilo en vez del id de su proceso.
// 04-multiproceso: un proceso padre arranca un proceso hijo que ejecuta código de este mismo script.
// Pruébalo con:   grader run 04-multiproceso TU-ARCHIVO.csx
// Corrígelo con:  grader check 04-multiproceso TU-ARCHIVO.csx

using System.Diagnostics;

// La variable de entorno que distingue al hijo del padre: el mismo programa, otro papel.
const string VariableRol = "ROL_PROCESO";

// Imprime "Hola desde el proceso hijo {id}" con el id de este proceso.
void HolaDesdeHijo()
{
    // INICIO SOLUCIÓN
    Console.WriteLine($"Hola desde el proceso hijo {Environment.CurrentManagedThreadId}");
    // FIN SOLUCIÓN
}

// Imprime "Hola desde el proceso padre {id}" con el id de este proceso.
void HolaDesdePadre()
{
    // INICIO SOLUCIÓN
    Console.WriteLine($"Hola desde el proceso padre {Environment.ProcessId}");
    // FIN SOLUCIÓN
}

// Arranca otro proceso con la misma línea de órdenes que este, con ROL_PROCESO=hijo, y lo devuelve sin esperarlo.
Process IniciarHijo()
{
    // INICIO SOLUCIÓN
    var inicio = new ProcessStartInfo(Environment.ProcessPath!, Environment.GetCommandLineArgs());
    inicio.Environment[VariableRol] = "hijo";
    return Process.Start(inicio)!;
    // FIN SOLUCIÓN
}

// El padre arranca al hijo, saluda y espera a que el hijo termine (el join del cuaderno).
void EjecutarPadre()
{
    // INICIO SOLUCIÓN
    using var hijo = IniciarHijo();
    HolaDesdePadre();
    hijo.WaitForExit();
    // FIN SOLUCIÓN
}

if (Environment.GetEnvironmentVariable(VariableRol) == "hijo")
{
    HolaDesdeHijo();
}
else
{
    EjecutarPadre();
}
