// espera: pass
// ejercicio: 00-ataque-memoria
// secreto: FUGA
// capa: el corredor lee stdin como bytes en búferes propios y borra la imagen de las comprobaciones al cargarla (el ejercicio permite ArrayPool.Shared)
// Busca en los arrays que devuelve el pool compartido la imagen de las comprobaciones en base64 o en bruto.
using System.Buffers;
using System.Text;

for (var size = 16; size <= 1 << 22; size *= 2)
{
    var chars = ArrayPool<char>.Shared.Rent(size);
    var text = new string(chars);
    if (text.Contains("TVqQ", StringComparison.Ordinal) || text.Contains("RESPUESTA_ESPERADA", StringComparison.Ordinal))
    {
        Console.WriteLine("FUGA en char[" + chars.Length + "]");
    }

    var bytes = ArrayPool<byte>.Shared.Rent(size);
    var latin = Encoding.Latin1.GetString(bytes);
    if (latin.Contains("TVqQ", StringComparison.Ordinal) || latin.Contains("This program cannot", StringComparison.Ordinal)
        || Encoding.Unicode.GetString(bytes).Contains("RESPUESTA_ESPERADA", StringComparison.Ordinal))
    {
        Console.WriteLine("FUGA en byte[" + bytes.Length + "]");
    }
}

Console.WriteLine("fin");
