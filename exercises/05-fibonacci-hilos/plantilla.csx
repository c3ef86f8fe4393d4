// 05-fibonacci-hilos: trabajo vinculado a la CPU e hilos. En .NET no hay GIL: dos hilos calculan a la vez.
// Pruébalo con:   grader run 05-fibonacci-hilos TU-ARCHIVO.csx
// Corrígelo con:  grader check 05-fibonacci-hilos TU-ARCHIVO.csx

using System.Diagnostics;

// El algoritmo recursivo y lento del cuaderno: Fib(1) == 0, Fib(2) == 1.
long Fib(int n)
{
    // completa
    throw new NotImplementedException();
}

// Imprime "fib({numero}) es {Fib(numero)}".
void ImprimirFib(int numero)
{
    // completa
    throw new NotImplementedException();
}

// ImprimirFib(n) y después ImprimirFib(n + 1), uno tras otro.
void FibsSinHilos(int n)
{
    // completa
    throw new NotImplementedException();
}

// Las mismas dos llamadas, cada una en su hilo: los dos arrancan antes de esperar a ninguno.
void FibsConHilos(int n)
{
    // completa
    throw new NotImplementedException();
}

var reloj = Stopwatch.StartNew();
FibsSinHilos(40);
Console.WriteLine($"Completado en {reloj.Elapsed.TotalSeconds:F4} segundos.");

reloj.Restart();
FibsConHilos(40);
Console.WriteLine($"Los hilos tardan {reloj.Elapsed.TotalSeconds:F4} segundos.");
