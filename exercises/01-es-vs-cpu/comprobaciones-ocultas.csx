// Comprobaciones ocultas de 01-es-vs-cpu: se compilan detrás de comprobaciones.csx y no van en la edición del
// alumnado. El alumnado ve su nombre y su resultado, nunca las cabeceras que se esperan.

// Una respuesta construida aquí, sin servidor: otras cabeceras en otro orden, una cabecera del contenido que la
// página fija no trae (Content-Language) y una con tres valores. Un FormatearCabeceras que nombra las cabeceras
// de la página en vez de recorrerlas pasa la comprobación visible y esta no.
[Check("formatea_otras_cabeceras")]
Verdict FormateaOtrasCabeceras(CheckContext ctx)
{
    using var respuesta = new HttpResponseMessage(System.Net.HttpStatusCode.NotFound)
    {
        Content = new ByteArrayContent(new UTF8Encoding(false).GetBytes("no está")),
    };
    respuesta.Headers.TryAddWithoutValidation("X-Trace", "a1");
    respuesta.Headers.TryAddWithoutValidation("Via", ["1.1 uno", "1.1 dos", "1.1 tres"]);
    respuesta.Headers.TryAddWithoutValidation("Server", "Otro/2.0");
    respuesta.Content.Headers.TryAddWithoutValidation("Content-Language", "es-ES");
    respuesta.Content.Headers.TryAddWithoutValidation("Content-Type", "text/plain; charset=utf-8");
    respuesta.Content.Headers.ContentLength = 8;
    List<string> esperadas =
    [
        "X-Trace: a1",
        "Via: 1.1 uno, 1.1 dos, 1.1 tres",
        "Server: Otro/2.0",
        "Content-Language: es-ES",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Length: 8",
    ];
    return Expect.SameLines(esperadas, FormatearCabeceras(respuesta),
        "Las líneas de FormatearCabeceras para otra respuesta", "The lines of FormatearCabeceras for another response");
}
