// 04-multiproceso: un proceso padre arranca un proceso hijo que ejecuta código de este mismo script.
// Pruébalo con:   grader run 04-multiproceso TU-ARCHIVO.csx
// Corrígelo con:  grader check 04-multiproceso TU-ARCHIVO.csx

using System.Diagnostics;

// La variable de entorno que distingue al hijo del padre: el mismo programa, otro papel.
const string VariableRol = "ROL_PROCESO";

// Imprime "Hola desde el proceso hijo {id}" con el id de este proceso.
void HolaDesdeHijo()
{
    // completa
    throw new NotImplementedException();
}

// Imprime "Hola desde el proceso padre {id}" con el id de este proceso.
void HolaDesdePadre()
{
    // completa
    throw new NotImplementedException();
}

// Arranca otro proceso con la misma línea de órdenes que este, con ROL_PROCESO=hijo, y lo devuelve sin esperarlo.
Process IniciarHijo()
{
    // completa
    throw new NotImplementedException();
}

// El padre arranca al hijo, saluda y espera a que el hijo termine (el join del cuaderno).
void EjecutarPadre()
{
    // completa
    throw new NotImplementedException();
}

if (Environment.GetEnvironmentVariable(VariableRol) == "hijo")
{
    HolaDesdeHijo();
}
else
{
    EjecutarPadre();
}
