// espera: falla formatea_cabeceras, formatea_otras_cabeceras
// Une los valores de una cabecera con "," en vez de ", ".
// 01-es-vs-cpu: operaciones vinculadas a E/S y a la CPU.
// Pruébalo con:   grader run 01-es-vs-cpu TU-ARCHIVO.csx
// Corrígelo con:  grader check 01-es-vs-cpu TU-ARCHIVO.csx

// Una línea "Nombre: valor" por cabecera: primero las de la respuesta, luego las del contenido.
List<string> FormatearCabeceras(HttpResponseMessage respuesta)
{
    // INICIO SOLUCIÓN
    var lineas = new List<string>();
    foreach (var (nombre, valores) in respuesta.Headers)
    {
        lineas.Add($"{nombre}: {string.Join(",", valores)}");
    }

    foreach (var (nombre, valores) in respuesta.Content.Headers)
    {
        lineas.Add($"{nombre}: {string.Join(", ", valores)}");
    }

    return lineas;
    // FIN SOLUCIÓN
}

// Las líneas unidas con "\n", sin salto de línea al final.
string UnirCabeceras(List<string> lineas)
{
    // INICIO SOLUCIÓN
    return string.Join("\n", lineas);
    // FIN SOLUCIÓN
}

// Escribe el texto en el archivo, en UTF-8 sin BOM.
void EscribirCabeceras(string texto, string ruta)
{
    // INICIO SOLUCIÓN
    File.WriteAllText(ruta, texto);
    // FIN SOLUCIÓN
}

// "E/S" o "CPU": a qué está vinculado cada paso de la celda.
string Clasificar(string paso)
{
    // INICIO SOLUCIÓN
    return paso switch
    {
        "peticion" => "E/S",
        "formatear" => "CPU",
        "unir" => "CPU",
        "escribir" => "E/S",
        _ => throw new ArgumentException($"Paso desconocido: {paso}"),
    };
    // FIN SOLUCIÓN
}

// El corrector sirve la página en 127.0.0.1 y deja su dirección en EJEMPLO_URL.
var url = Environment.GetEnvironmentVariable("EJEMPLO_URL") ?? "https://www.example.com";
var cliente = new HttpClient();
var respuesta = await cliente.GetAsync(url);          // E/S: esperar a la red
var cabeceras = FormatearCabeceras(respuesta);         // CPU
var texto = UnirCabeceras(cabeceras);                  // CPU
EscribirCabeceras(texto, "cabeceras.txt");             // E/S: esperar al disco
Console.WriteLine(texto);
