// 07-async-await: el asyncio de C#. Muchas peticiones a la vez con await, y trabajo de CPU con Task.Run.
// Pruébalo con:   grader run 07-async-await TU-ARCHIVO.csx
// Corrígelo con:  grader check 07-async-await TU-ARCHIVO.csx

using System.Diagnostics;

// El algoritmo recursivo y lento del cuaderno: Fib(1) == 0, Fib(2) == 1.
long Fib(int n)
{
    // INICIO SOLUCIÓN
    if (n == 1)
    {
        return 0;
    }

    if (n == 2)
    {
        return 1;
    }

    return Fib(n - 1) + Fib(n - 2);
    // FIN SOLUCIÓN
}

// Pide la página con await y devuelve su código de estado (200).
async Task<int> LeerEjemploAsync(HttpClient cliente, string url)
{
    // INICIO SOLUCIÓN
    using var respuesta = await cliente.GetAsync(url);
    return (int)respuesta.StatusCode;
    // FIN SOLUCIÓN
}

// Lanza `veces` peticiones con un mismo HttpClient, las espera todas juntas y devuelve sus códigos.
async Task<int[]> LeerVariasAsync(string url, int veces)
{
    // INICIO SOLUCIÓN
    using var cliente = new HttpClient();
    var tareas = new List<Task<int>>();
    for (var i = 0; i < veces; i++)
    {
        tareas.Add(LeerEjemploAsync(cliente, url));
    }

    return await Task.WhenAll(tareas);
    // FIN SOLUCIÓN
}

// Calcula Fib(n) en el grupo de hilos sin bloquear a quien llama: devuelve enseguida una tarea sin terminar.
Task<long> FibSinBloquearAsync(int n)
{
    // INICIO SOLUCIÓN
    return Task.Run(() => Fib(n));
    // FIN SOLUCIÓN
}

// El corrector sirve la página en 127.0.0.1 y deja su dirección en EJEMPLO_URL; con dotnet run se pide la real.
var url = Environment.GetEnvironmentVariable("EJEMPLO_URL");
if (url is null)
{
    url = "https://www.example.com";
    try
    {
        using var prueba = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        (await prueba.GetAsync(url)).Dispose();
    }
    catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
    {
        Console.WriteLine($"Sin conexión con {url} ({error.Message}). Usa la página local del corrector: grader run 07-async-await 07-async-await.cs");
        return;
    }
}

var reloj = Stopwatch.StartNew();
var codigos = await LeerVariasAsync(url, 10);
Console.WriteLine(string.Join(", ", codigos));
Console.WriteLine($"10 peticiones asíncronas toman {reloj.Elapsed.TotalSeconds:F4} segundos.");
