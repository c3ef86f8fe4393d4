// Comprobaciones de 01-es-vs-cpu. Se compilan como continuación del script del alumno:
// llaman a sus funciones con comprobación de tipos completa.

// Lo que una FormatearCabeceras correcta devuelve para la página fija del servidor local.
// Vary llega dos veces y se une con ", "; Content-Type, Last-Modified, Expires y Content-Length
// son cabeceras del contenido y van después.
List<string> LineasEsperadas() =>
[
    "Date: Mon, 13 Jan 2025 09:00:00 GMT",
    "Server: EjemploLocal/1.0",
    "Age: 326512",
    "Cache-Control: max-age=604800",
    "ETag: \"3147526947\"",
    "Vary: Accept-Encoding, User-Agent",
    "X-Cache: HIT",
    "Content-Type: text/html; charset=UTF-8",
    "Last-Modified: Thu, 17 Oct 2019 07:18:26 GMT",
    "Expires: Mon, 20 Jan 2025 09:00:00 GMT",
    $"Content-Length: {ExamplePage.Body.Length}",
];

HttpResponseMessage PedirPagina(CheckContext ctx)
{
    using var cliente = new HttpClient();
    return cliente.GetAsync(ctx.Site.Url).GetAwaiter().GetResult();
}

// Lo que el propio código del alumno produce; así cada comprobación falla solo por lo suyo.
// Se pide una vez por corrección: cada petición espera la latencia del servidor, y la página no cambia.
string? textoDelAlumno;
string TextoDelAlumno(CheckContext ctx) => textoDelAlumno ??= UnirCabeceras(FormatearCabeceras(PedirPagina(ctx)));

[Check("formatea_cabeceras")]
Verdict FormateaCabeceras(CheckContext ctx) =>
    Expect.SameLines(LineasEsperadas(), FormatearCabeceras(PedirPagina(ctx)),
        "Las líneas de FormatearCabeceras", "The lines of FormatearCabeceras");

[Check("une_cabeceras")]
Verdict UneCabeceras(CheckContext ctx) => Expect.All(
    Expect.SameText("Date: hoy\nServer: local", UnirCabeceras(new List<string> { "Date: hoy", "Server: local" }),
        "UnirCabeceras([\"Date: hoy\", \"Server: local\"])", "UnirCabeceras([\"Date: hoy\", \"Server: local\"])"),
    Expect.SameText("Vary: a, b", UnirCabeceras(new List<string> { "Vary: a, b" }),
        "UnirCabeceras con una sola línea", "UnirCabeceras with a single line"),
    Expect.SameText("", UnirCabeceras(new List<string>()),
        "UnirCabeceras con la lista vacía", "UnirCabeceras with an empty list"));

[Check("escribe_archivo")]
Verdict EscribeArchivo(CheckContext ctx)
{
    // Primero la función sola, con acentos: UTF-8 sin BOM y el texto tal cual.
    var prueba = "Cabecera: ñandú\nOtra: café";
    EscribirCabeceras(prueba, "prueba-escritura.txt");
    var bytes = File.ReadAllBytes(ctx.PathInWorkDirectory("prueba-escritura.txt"));
    if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    {
        return Verdict.Fail(
            "EscribirCabeceras escribe una marca BOM al principio: escribe UTF-8 sin BOM (File.WriteAllText(ruta, texto) ya lo hace).",
            "EscribirCabeceras writes a BOM at the start: write UTF-8 without BOM (File.WriteAllText(path, text) already does).");
    }

    var escrito = new UTF8Encoding(false, true).GetString(bytes);
    var funcion = Expect.SameText(prueba, escrito, "El archivo que escribe EscribirCabeceras", "The file EscribirCabeceras writes");
    if (!funcion.Passed)
    {
        return funcion;
    }

    // Después, lo que hizo el programa: cabeceras.txt con el texto que su propio código produce.
    ctx.RequireProgramCompleted();
    var ruta = ctx.PathInWorkDirectory("cabeceras.txt");
    if (!File.Exists(ruta))
    {
        return Verdict.Fail("El programa no escribió cabeceras.txt en la carpeta de trabajo.",
            "The program did not write cabeceras.txt in the working folder.");
    }

    return Expect.SameText(TextoDelAlumno(ctx), File.ReadAllText(ruta),
        "El contenido de cabeceras.txt", "The content of cabeceras.txt");
}

[Check("imprime_cabeceras")]
Verdict ImprimeCabeceras(CheckContext ctx)
{
    ctx.RequireProgramCompleted();
    // Console.WriteLine(texto): el texto y un salto de línea.
    return Expect.SameText(TextoDelAlumno(ctx) + "\n", ctx.Program.Output.Replace("\r\n", "\n"),
        "Lo que imprime el programa", "What the program prints");
}

[Check("clasifica_pasos")]
Verdict ClasificaPasos(CheckContext ctx)
{
    var esperado = new (string Paso, string Tipo)[] { ("peticion", "E/S"), ("formatear", "CPU"), ("unir", "CPU"), ("escribir", "E/S") };
    var fallos = esperado.Where(e => Clasificar(e.Paso) != e.Tipo).Select(e => e.Paso).ToList();
    return fallos.Count == 0
        ? Verdict.Pass()
        : Verdict.Fail(
            $"Clasificación incorrecta de: {string.Join(", ", fallos)}. Piensa qué limita cada paso: esperar a la red o al disco (E/S), o calcular (CPU).",
            $"Wrong classification of: {string.Join(", ", fallos)}. Think about what limits each step: waiting for the network or the disk (I/O), or computing (CPU).");
}
