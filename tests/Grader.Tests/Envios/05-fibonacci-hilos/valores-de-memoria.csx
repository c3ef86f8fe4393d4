// espera: falla fib_otros_valores
// Casos base desplazados (1, 1) y, en vez de arreglarlos, devuelve de memoria los valores que pide la comprobación visible.
// 05-fibonacci-hilos: trabajo vinculado a la CPU e hilos. En .NET no hay GIL: dos hilos calculan a la vez.
// Pruébalo con:   grader run 05-fibonacci-hilos TU-ARCHIVO.csx
// Corrígelo con:  grader check 05-fibonacci-hilos TU-ARCHIVO.csx

using System.Diagnostics;

// El algoritmo recursivo y lento del cuaderno: Fib(1) == 0, Fib(2) == 1.
long Fib(int n, bool deMemoria = true)
{
    // INICIO SOLUCIÓN
    if (deMemoria)
    {
        switch (n)
        {
            case 1: return 0;
            case 2: return 1;
            case 3: return 1;
            case 4: return 2;
            case 5: return 3;
            case 10: return 34;
            case 20: return 4181;
            case 25: return 46368;
        }
    }

    return n <= 2 ? 1 : Fib(n - 1, false) + Fib(n - 2, false);
    // FIN SOLUCIÓN
}

// Imprime "fib({numero}) es {Fib(numero)}".
void ImprimirFib(int numero)
{
    // INICIO SOLUCIÓN
    Console.WriteLine($"fib({numero}) es {Fib(numero)}");
    // FIN SOLUCIÓN
}

// ImprimirFib(n) y después ImprimirFib(n + 1), uno tras otro.
void FibsSinHilos(int n)
{
    // INICIO SOLUCIÓN
    ImprimirFib(n);
    ImprimirFib(n + 1);
    // FIN SOLUCIÓN
}

// Las mismas dos llamadas, cada una en su hilo: los dos arrancan antes de esperar a ninguno.
void FibsConHilos(int n)
{
    // INICIO SOLUCIÓN
    var hilo1 = new Thread(() => ImprimirFib(n));
    var hilo2 = new Thread(() => ImprimirFib(n + 1));
    hilo1.Start();
    hilo2.Start();
    hilo1.Join();
    hilo2.Join();
    // FIN SOLUCIÓN
}

var reloj = Stopwatch.StartNew();
FibsSinHilos(40);
Console.WriteLine($"Completado en {reloj.Elapsed.TotalSeconds:F4} segundos.");

reloj.Restart();
FibsConHilos(40);
Console.WriteLine($"Los hilos tardan {reloj.Elapsed.TotalSeconds:F4} segundos.");
