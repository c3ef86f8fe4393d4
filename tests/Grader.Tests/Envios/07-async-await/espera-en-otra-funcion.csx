// espera: falla no_bloquea
// Las esperas que bloquean están en una función aparte, Terminar, que la regla sobre el código no lee: LeerEjemploAsync
// y LeerVariasAsync devuelven su tarea ya terminada, después de esperar las respuestas en el hilo de quien las llama.
using System.Diagnostics;

long Fib(int n) => n == 1 ? 0 : n == 2 ? 1 : Fib(n - 1) + Fib(n - 2);

void Terminar(Task tarea) => tarea.Wait();

async Task<int> LeerEjemploAsync(HttpClient cliente, string url)
{
    var t = cliente.GetAsync(url);
    Terminar(t);
    using var respuesta = await t;
    return (int)respuesta.StatusCode;
}

async Task<int[]> LeerVariasAsync(string url, int veces)
{
    var cliente = new HttpClient();
    var tareas = Enumerable.Range(0, veces).Select(_ => LeerEjemploSinEsperar(cliente, url)).ToArray();
    var todas = Task.WhenAll(tareas);
    Terminar(todas);
    return await todas;
}

async Task<int> LeerEjemploSinEsperar(HttpClient cliente, string url)
{
    using var respuesta = await cliente.GetAsync(url);
    return (int)respuesta.StatusCode;
}

Task<long> FibSinBloquearAsync(int n) => Task.Run(() => Fib(n));

var url = Environment.GetEnvironmentVariable("EJEMPLO_URL") ?? "https://www.example.com";
var reloj = Stopwatch.StartNew();
var codigos = await LeerVariasAsync(url, 10);
Console.WriteLine(string.Join(", ", codigos));
Console.WriteLine($"10 peticiones asíncronas toman {reloj.Elapsed.TotalSeconds:F4} segundos.");
