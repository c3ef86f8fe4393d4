// espera: falla eco_lineas, caracteres_partidos
// Escribe con Encoding.UTF8, que manda una marca BOM antes del primer eco.
// 08-sockets: un servidor de eco con sockets sin bloqueo. Ningún hilo se queda esperando a un cliente.
// Pruébalo con:   grader run 08-sockets TU-ARCHIVO.csx
// Corrígelo con:  grader check 08-sockets TU-ARCHIVO.csx

using System.Net;
using System.Net.Sockets;
using System.Text;

// Acepta clientes hasta que se cancela y atiende a cada uno sin esperar a los demás: le devuelve cada línea.
async Task ServirEcoAsync(TcpListener servidor, CancellationToken cancelacion)
{
    // INICIO SOLUCIÓN
    // Un cliente: lee líneas UTF-8 y devuelve cada una con su "\n", hasta que el cliente cierra o se cancela.
    async Task AtenderAsync(TcpClient cliente)
    {
        using (cliente)
        {
            try
            {
                var flujo = cliente.GetStream();
                var lector = new StreamReader(flujo, new UTF8Encoding(false));
                var escritor = new StreamWriter(flujo, Encoding.UTF8) { AutoFlush = true };
                string? linea;
                while ((linea = await lector.ReadLineAsync(cancelacion)) is not null)
                {
                    await escritor.WriteAsync((linea + "\n").AsMemory(), cancelacion);
                }
            }
            catch (OperationCanceledException)
            {
                // Se canceló el servidor: se cierra este cliente.
            }
            catch (IOException)
            {
                // El cliente cortó la conexión de golpe.
            }
        }
    }

    var clientes = new List<Task>();
    try
    {
        while (true)
        {
            var cliente = await servidor.AcceptTcpClientAsync(cancelacion);
            // Sin await: el bucle vuelve enseguida a aceptar mientras este cliente se atiende.
            clientes.Add(AtenderAsync(cliente));
        }
    }
    catch (OperationCanceledException)
    {
        // Se canceló: no se aceptan más clientes.
    }

    // Los clientes también ven la cancelación y terminan enseguida.
    await Task.WhenAll(clientes);
    // FIN SOLUCIÓN
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
