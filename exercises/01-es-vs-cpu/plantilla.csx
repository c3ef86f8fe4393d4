// 01-es-vs-cpu: operaciones vinculadas a E/S y a la CPU.
// Pruébalo con:   grader run 01-es-vs-cpu TU-ARCHIVO.csx
// Corrígelo con:  grader check 01-es-vs-cpu TU-ARCHIVO.csx

// Una línea "Nombre: valor" por cabecera: primero las de la respuesta, luego las del contenido.
List<string> FormatearCabeceras(HttpResponseMessage respuesta)
{
    // completa
    throw new NotImplementedException();
}

// Las líneas unidas con "\n", sin salto de línea al final.
string UnirCabeceras(List<string> lineas)
{
    // completa
    throw new NotImplementedException();
}

// Escribe el texto en el archivo, en UTF-8 sin BOM.
void EscribirCabeceras(string texto, string ruta)
{
    // completa
    throw new NotImplementedException();
}

// "E/S" o "CPU": a qué está vinculado cada paso de la celda.
string Clasificar(string paso)
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
        Console.WriteLine($"Sin conexión con {url} ({error.Message}). Usa la página local del corrector: grader run 01-es-vs-cpu 01-es-vs-cpu.cs");
        return;
    }
}
var cliente = new HttpClient();
var respuesta = await cliente.GetAsync(url);          // E/S: esperar a la red
var cabeceras = FormatearCabeceras(respuesta);         // CPU
var texto = UnirCabeceras(cabeceras);                  // CPU
EscribirCabeceras(texto, "cabeceras.txt");             // E/S: esperar al disco
Console.WriteLine(texto);
