// espera: falla hilos_a_la_vez, tiempos
// LeerConHilos hace las dos peticiones una detrás de otra sin pasar por LeerEjemplo, y LeerEjemplo se frena a sí misma
// durmiendo otra latencia: dos LeerEjemplo seguidas tardan el doble que esa LeerConHilos sin que haya hilos.
using System.Diagnostics;

static readonly HttpClient Cliente = new HttpClient();

int Pedir(string url)
{
    using var respuesta = Cliente.Send(new HttpRequestMessage(HttpMethod.Get, url));
    var codigo = (int)respuesta.StatusCode;
    Console.WriteLine(codigo);
    return codigo;
}

int LeerEjemplo(string url)
{
    var reloj = Stopwatch.StartNew();
    var codigo = Pedir(url);
    Thread.Sleep(reloj.Elapsed);
    return codigo;
}

void LeerEnSerie(string url)
{
    LeerEjemplo(url);
    LeerEjemplo(url);
}

void LeerConHilos(string url)
{
    Pedir(url);
    Pedir(url);
}

var url = Environment.GetEnvironmentVariable("EJEMPLO_URL") ?? "https://www.example.com";

var reloj = Stopwatch.StartNew();
LeerEnSerie(url);
Console.WriteLine($"Ejecutar en serie toma {reloj.Elapsed.TotalSeconds:F4} segundos.");

reloj.Restart();
LeerConHilos(url);
Console.WriteLine($"Ejecutar con hilos toma {reloj.Elapsed.TotalSeconds:F4} segundos.");
