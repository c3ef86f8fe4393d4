// espera: falla hola_formato
// Copia el saludo del cuaderno de Python: «Hola desde el thread {id}!», sin «¡» y con «thread».
// 03-hola-hilo: multithreading. Un hilo nuevo saluda y el hilo principal lo espera antes de terminar.
// Pruébalo con:   grader run 03-hola-hilo TU-ARCHIVO.csx
// Corrígelo con:  grader check 03-hola-hilo TU-ARCHIVO.csx

// Imprime "¡Hola desde el hilo {id}!" con el id administrado del hilo que la ejecuta.
void HolaHilo()
{
    // INICIO SOLUCIÓN
    Console.WriteLine($"Hola desde el thread {Environment.CurrentManagedThreadId}!");
    // FIN SOLUCIÓN
}

// Ejecuta HolaHilo en un hilo nuevo, lo arranca y lo espera; después imprime "El hilo principal termina".
void SaludarYEsperar()
{
    // INICIO SOLUCIÓN
    var hilo = new Thread(HolaHilo);
    hilo.Start();
    hilo.Join();
    Console.WriteLine("El hilo principal termina");
    // FIN SOLUCIÓN
}

SaludarYEsperar();
