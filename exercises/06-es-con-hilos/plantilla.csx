// 06-es-con-hilos: los hilos ayudan con la E/S. Dos peticiones web en serie y con dos hilos a la vez.
// Pruébalo con:   grader run 06-es-con-hilos TU-ARCHIVO.csx
// Corrígelo con:  grader check 06-es-con-hilos TU-ARCHIVO.csx

using System.Diagnostics;

// Un solo HttpClient para todo el programa: se puede usar desde varios hilos a la vez.
var cliente = new HttpClient();

// Pide la página de forma síncrona (el hilo espera a la respuesta), imprime su código de estado y lo devuelve.
int LeerEjemplo(string url)
{
    // completa
    throw new NotImplementedException();
}

// Llama dos veces a LeerEjemplo, una después de la otra.
void LeerEnSerie(string url)
{
    // completa
    throw new NotImplementedException();
}

// Llama a LeerEjemplo desde dos hilos: arranca los dos y después espera a ambos.
void LeerConHilos(string url)
{
    // completa
    throw new NotImplementedException();
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
        Console.WriteLine($"Sin conexión con {url} ({error.Message}). Usa la página local del corrector: grader run 06-es-con-hilos 06-es-con-hilos.cs");
        return;
    }
}

var reloj = Stopwatch.StartNew();
LeerEnSerie(url);
Console.WriteLine($"Ejecutar en serie toma {reloj.Elapsed.TotalSeconds:F4} segundos.");

reloj.Restart();
LeerConHilos(url);
Console.WriteLine($"Ejecutar con hilos toma {reloj.Elapsed.TotalSeconds:F4} segundos.");
