// 05-fibonacci-hilos: trabajo vinculado a la CPU e hilos. En .NET no hay GIL: dos hilos calculan a la vez.
// Pruébalo con:   grader run 05-fibonacci-hilos TU-ARCHIVO.csx
// Corrígelo con:  grader check 05-fibonacci-hilos TU-ARCHIVO.csx

using System.Diagnostics;

// El algoritmo recursivo y lento del cuaderno: Fib(1) == 0, Fib(2) == 1.
long Fib(int n)
{
    // Lo hago con un bucle: mucho más rápido.
    long anterior = 0, actual = 1;
    for (var i = 1; i < n; i++)
    {
        (anterior, actual) = (actual, anterior + actual);
    }

    return anterior;
}

string Linea(int numero) => string.Format("fib({0}) es {1}", numero, Fib(numero));

// Imprime "fib({numero}) es {Fib(numero)}".
void ImprimirFib(int numero)
{
    var texto = Linea(numero);
    Console.Out.WriteLine(texto);
    Console.Out.Flush();
}

// ImprimirFib(n) y después ImprimirFib(n + 1), uno tras otro.
void FibsSinHilos(int n)
{
    foreach (var m in new[] { n, n + 1 })
    {
        ImprimirFib(m);
    }
}

// Las mismas dos llamadas, cada una en su hilo: los dos arrancan antes de esperar a ninguno.
void FibsConHilos(int n)
{
    var hilos = Enumerable.Range(n, 2).Select(m => new Thread(() => ImprimirFib(m))).ToList();
    hilos.ForEach(h => h.Start());
    foreach (var h in hilos)
    {
        h.Join();
    }
}

var reloj = Stopwatch.StartNew();
FibsSinHilos(40);
Console.WriteLine($"Completado en {reloj.Elapsed.TotalSeconds:F4} segundos.");

reloj.Restart();
FibsConHilos(40);
Console.WriteLine($"Los hilos tardan {reloj.Elapsed.TotalSeconds:F4} segundos.");
