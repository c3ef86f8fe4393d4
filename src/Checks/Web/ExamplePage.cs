using System.Text;

namespace Grader.Checks.Web;

/// <summary>
/// The fixed response of the local stand-in for www.example.com. Every value is fixed, the date too,
/// so that expected text is exact; <c>Vary</c> is sent twice so that one header has two values.
/// </summary>
public static class ExamplePage
{
    public const string PublicUrl = "https://www.example.com";

    public const string EnvironmentVariable = "EJEMPLO_URL";

    public static IReadOnlyList<KeyValuePair<string, string>> Headers { get; } =
    [
        new("Date", "Mon, 13 Jan 2025 09:00:00 GMT"),
        new("Server", "EjemploLocal/1.0"),
        new("Age", "326512"),
        new("Cache-Control", "max-age=604800"),
        new("ETag", "\"3147526947\""),
        new("Vary", "Accept-Encoding"),
        new("Vary", "User-Agent"),
        new("X-Cache", "HIT"),
        new("Content-Type", "text/html; charset=UTF-8"),
        new("Last-Modified", "Thu, 17 Oct 2019 07:18:26 GMT"),
        new("Expires", "Mon, 20 Jan 2025 09:00:00 GMT"),
    ];

    public static byte[] Body { get; } = Encoding.UTF8.GetBytes(
        """
        <!doctype html>
        <html lang="es">
        <head><meta charset="utf-8"><title>Dominio de ejemplo</title></head>
        <body>
        <h1>Dominio de ejemplo</h1>
        <p>Esta página la sirve el corrector en 127.0.0.1 para que los ejercicios funcionen sin internet.</p>
        </body>
        </html>

        """);
}
