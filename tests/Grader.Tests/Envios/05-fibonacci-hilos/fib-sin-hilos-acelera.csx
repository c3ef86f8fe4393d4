// espera: falla hilos_terminan, aceleracion
// 05-fibonacci-hilos con 10/10 sin un solo hilo: FibsConHilos es secuencial, y FibsSinHilos (la referencia con la
// que el corrector mide la «aceleración») se frena a sí misma durmiendo tanto como tardó.
using System.Diagnostics;

long Fib(int n) => n == 1 ? 0 : n == 2 ? 1 : Fib(n - 1) + Fib(n - 2);

void ImprimirFib(int numero) => Console.WriteLine($"fib({numero}) es {Fib(numero)}");

void FibsSinHilos(int n)
{
    var reloj = Stopwatch.StartNew();
    ImprimirFib(n);
    ImprimirFib(n + 1);
    Thread.Sleep(reloj.Elapsed);
}

void FibsConHilos(int n)
{
    ImprimirFib(n);
    ImprimirFib(n + 1);
}

var reloj = Stopwatch.StartNew();
FibsSinHilos(40);
Console.WriteLine($"Completado en {reloj.Elapsed.TotalSeconds:F4} segundos.");
reloj.Restart();
FibsConHilos(40);
Console.WriteLine($"Los hilos tardan {reloj.Elapsed.TotalSeconds:F4} segundos.");
