// espera: falla saluda_desde_otro_hilo, espera_al_hilo
// Llama a HolaHilo() directamente: el saludo sale del mismo hilo, no de uno nuevo, y no hay hilo que esperar.
// 03-hola-hilo: multithreading. Un hilo nuevo saluda y el hilo principal lo espera antes de terminar.
// Pruébalo con:   grader run 03-hola-hilo TU-ARCHIVO.csx
// Corrígelo con:  grader check 03-hola-hilo TU-ARCHIVO.csx

// Imprime "¡Hola desde el hilo {id}!" con el id administrado del hilo que la ejecuta.
void HolaHilo()
{
    // INICIO SOLUCIÓN
    Console.WriteLine($"¡Hola desde el hilo {Environment.CurrentManagedThreadId}!");
    // FIN SOLUCIÓN
}

// Ejecuta HolaHilo en un hilo nuevo, lo arranca y lo espera; después imprime "El hilo principal termina".
void SaludarYEsperar()
{
    // INICIO SOLUCIÓN
    HolaHilo();
    Console.WriteLine("El hilo principal termina");
    // FIN SOLUCIÓN
}

SaludarYEsperar();
