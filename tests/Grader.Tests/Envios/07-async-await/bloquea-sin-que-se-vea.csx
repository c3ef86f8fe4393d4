// espera: falla no_bloquea
// 07-async-await: LeerVariasAsync y LeerEjemploAsync bloquean a quien las llama (esperan las respuestas en el hilo,
// y devuelven tareas ya terminadas: su único await llega cuando ya no hay nada que esperar), pero no_bloquea pasa: su lista de llamadas que bloquean no conoce
// IAsyncResult.AsyncWaitHandle.WaitOne() ni SpinWait.SpinUntil.
using System.Diagnostics;

long Fib(int n) => n == 1 ? 0 : n == 2 ? 1 : Fib(n - 1) + Fib(n - 2);

async Task<int> LeerEjemploAsync(HttpClient cliente, string url)
{
    var t = cliente.GetAsync(url);
    SpinWait.SpinUntil(() => t.IsCompleted);          // bloquea: el await de abajo ya no espera nada
    using var respuesta = await t;
    return (int)respuesta.StatusCode;
}

async Task<int[]> LeerVariasAsync(string url, int veces)
{
    var cliente = new HttpClient();
    var tareas = Enumerable.Range(0, veces).Select(_ => cliente.GetAsync(url)).ToArray();
    var todas = Task.WhenAll(tareas);
    ((IAsyncResult)todas).AsyncWaitHandle.WaitOne();   // bloquea el hilo hasta que llegan todas
    return (await todas).Select(r => (int)r.StatusCode).ToArray();
}

Task<long> FibSinBloquearAsync(int n) => Task.Run(() => Fib(n));

var url = Environment.GetEnvironmentVariable("EJEMPLO_URL") ?? "https://www.example.com";
var reloj = Stopwatch.StartNew();
var codigos = await LeerVariasAsync(url, 10);
Console.WriteLine(string.Join(", ", codigos));
Console.WriteLine($"10 peticiones asíncronas toman {reloj.Elapsed.TotalSeconds:F4} segundos.");
