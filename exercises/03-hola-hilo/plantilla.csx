// 03-hola-hilo: multithreading. Un hilo nuevo saluda y el hilo principal lo espera antes de terminar.
// Pruébalo con:   grader run 03-hola-hilo TU-ARCHIVO.csx
// Corrígelo con:  grader check 03-hola-hilo TU-ARCHIVO.csx

// Imprime "¡Hola desde el hilo {id}!" con el id administrado del hilo que la ejecuta.
void HolaHilo()
{
    // completa
    throw new NotImplementedException();
}

// Ejecuta HolaHilo en un hilo nuevo, lo arranca y lo espera; después imprime "El hilo principal termina".
void SaludarYEsperar()
{
    // completa
    throw new NotImplementedException();
}

SaludarYEsperar();
