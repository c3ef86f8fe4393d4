// espera: error forbidden
// ejercicio: 03-hola-hilo
// capa: puerta estática (ArrayPool<T>.Shared y GC.AllocateUninitializedArray: GR0116); el corredor lee stdin en búferes propios y borra la imagen de las comprobaciones al cargarla
// Lee el ensamblado de las comprobaciones (que llega por stdin en base64 y "nunca es un archivo") de un char[]
// que StreamReader.ReadLine devolvió a ArrayPool<char>.Shared en el mismo hilo principal.
using System.Buffers;
using System.Text;

void HolaHilo() { }
void SaludarYEsperar() { }

var mejor = "";
for (var tam = 256; tam <= 1 << 20; tam *= 2)
{
    var a = ArrayPool<char>.Shared.Rent(tam);
    var s = new string(a);
    // La tirada más larga de base64
    var sb = new StringBuilder(); var run = "";
    int i = 0, start = 0, best = 0, bestStart = 0;
    for (i = 0; i <= s.Length; i++)
    {
        var ok = i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '+' || s[i] == '/' || s[i] == '=');
        if (!ok) { if (i - start > best) { best = i - start; bestStart = start; } start = i + 1; }
    }
    Console.WriteLine($"pool char[{tam}] -> len {a.Length}, base64 run {best}");
    if (best > mejor.Length) mejor = s.Substring(bestStart, best);
}
var recortado = mejor.Substring(0, mejor.Length / 4 * 4);
byte[] dll;
try { dll = Convert.FromBase64String(recortado); } catch (Exception e) { Console.WriteLine("no base64: " + e.Message); return; }
Console.WriteLine($"decoded {dll.Length} bytes, MZ={(dll.Length > 1 && dll[0] == 'M' && dll[1] == 'Z')}");
// Cadenas UTF-16 (#US) y UTF-8 legibles de más de 12 caracteres
var u16 = Encoding.Unicode.GetString(dll, 0, dll.Length & ~1);
var cur = new StringBuilder(); var n = 0;
foreach (var c in u16)
{
    if (c >= ' ' && c < 0x2000) cur.Append(c);
    else { if (cur.Length >= 20 && n < 40) { Console.WriteLine("US: " + cur); n++; } cur.Clear(); }
}
