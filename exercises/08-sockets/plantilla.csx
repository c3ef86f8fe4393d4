// 08-sockets: un servidor de eco con sockets sin bloqueo. Ningún hilo se queda esperando a un cliente.
// Pruébalo con:   grader run 08-sockets TU-ARCHIVO.csx
// Corrígelo con:  grader check 08-sockets TU-ARCHIVO.csx

using System.Net;
using System.Net.Sockets;
using System.Text;

// Acepta clientes hasta que se cancela y atiende a cada uno sin esperar a los demás: le devuelve cada línea.
async Task ServirEcoAsync(TcpListener servidor, CancellationToken cancelacion)
{
    // completa
    throw new NotImplementedException();
}

// Un servidor en un puerto libre de 127.0.0.1 y un cliente que le manda una línea.
var servidor = new TcpListener(IPAddress.Loopback, 0);
servidor.Start();
var cancelar = new CancellationTokenSource();
var tarea = ServirEcoAsync(servidor, cancelar.Token);

var cliente = new TcpClient();
await cliente.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)servidor.LocalEndpoint).Port);
var flujo = cliente.GetStream();
var escritor = new StreamWriter(flujo, new UTF8Encoding(false)) { AutoFlush = true };
var lector = new StreamReader(flujo, new UTF8Encoding(false));
await escritor.WriteAsync("hola\n");
// Si el servidor no contesta, no esperes para siempre: como mucho 5 segundos.
var respuesta = await lector.ReadLineAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
Console.WriteLine($"Eco: {respuesta}");
cliente.Dispose();

cancelar.Cancel();
try
{
    await tarea.WaitAsync(TimeSpan.FromSeconds(5));
}
catch (OperationCanceledException)
{
    // Terminar con OperationCanceledException también vale.
}

servidor.Stop();
Console.WriteLine("Servidor detenido.");
