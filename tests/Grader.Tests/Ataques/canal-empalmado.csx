// espera: fail|error forbidden
// ejercicio: 03-hola-hilo
// capa: cada registro del canal va sellado (HMAC con la clave de la ejecución); con capas, /proc/self/fd no se abre
// No hace nada del ejercicio: un hilo espera a que el corredor escriba el registro largo de la comprobación y mete
// bytes sin clave en medio de esa línea por el descriptor del canal, para cambiar su veredicto a «Pass».
using System.Text;

void HolaHilo()
{
    Console.Write(new string('A', 60000));
    var canal = new FileStream("/proc/self/fd/" + Environment.GetCommandLineArgs().Last(), FileMode.Open, FileAccess.Write);
    var trozo = Encoding.UTF8.GetBytes("\",\"status\":\"Pass\",\"verdict\":{\"status\":\"Pass\"},\"zz\":\"");
    var antes = GC.GetTotalAllocatedBytes(false);
    var hilo = new Thread(() =>
    {
        var ultimo = antes;
        var saltos = 0;
        while (saltos < 2)
        {
            var ahora = GC.GetTotalAllocatedBytes(false);
            if (ahora - ultimo >= 200_000) saltos++;
            ultimo = ahora;
        }

        canal.Write(trozo, 0, trozo.Length);
        canal.Flush();
    }) { IsBackground = true };
    hilo.Start();
}

void SaludarYEsperar() { }
