// 10-condicion-carrera: condiciones de carrera, cerrojos y semáforos. En .NET no hay GIL que proteja nada.
// Pruébalo con:   grader run 10-condicion-carrera TU-ARCHIVO.csx
// Corrígelo con:  grader check 10-condicion-carrera TU-ARCHIVO.csx

using System.Diagnostics;

// Arranca `hilos` hilos que llaman incrementosPorHilo veces a Incrementar del mismo Contador, los espera y devuelve Valor.
long ContarConHilos(int hilos, int incrementosPorHilo)
{
    // completa
    throw new NotImplementedException();
}

// Hace `total` peticiones GET a url con como mucho maxConcurrentes a la vez (SemaphoreSlim) y devuelve cuántas salieron bien.
async Task<int> DescargarConLimite(string url, int total, int maxConcurrentes)
{
    // completa
    throw new NotImplementedException();
}

Console.WriteLine($"4 hilos × 100 000 incrementos: {ContarConHilos(4, 100_000)} (se esperaban 400000)");

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
        Console.WriteLine($"Sin conexión con {url} ({error.Message}). Usa la página local del corrector: grader run 10-condicion-carrera 10-condicion-carrera.cs");
        return;
    }
}
var reloj = Stopwatch.StartNew();
var bien = await DescargarConLimite(url, 6, 2);
Console.WriteLine($"{bien} de 6 peticiones bien, como mucho 2 a la vez, en {reloj.Elapsed.TotalSeconds:F1} s");

// (Las clases van al final: en un programa .cs las instrucciones de nivel superior van antes que los tipos.)
// Un contador que se puede incrementar desde muchos hilos a la vez sin perder ningún incremento.
class Contador
{
    private long valor;
    private readonly Lock cerrojo = new();

    // Suma 1 al contador; seguro aunque lo llamen muchos hilos a la vez.
    public void Incrementar()
    {
        // completa
        throw new NotImplementedException();
    }

    // El valor actual del contador.
    public long Valor
    {
        get
        {
            // completa
            throw new NotImplementedException();
        }
    }
}
