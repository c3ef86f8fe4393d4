// Comprobaciones de 08-sockets. Se compilan como continuación del script del alumno.
// Cada comprobación arranca ServirEcoAsync con su propio TcpListener en un puerto libre de 127.0.0.1, le habla
// por TCP como lo haría un cliente y al final lo cancela, espera a que termine (con plazo) y deja de escuchar:
// nada pasa de una comprobación a la siguiente. Toda lectura tiene un plazo, así que un servidor que no contesta
// suspende la comprobación en vez de colgarla. Las comprobaciones de concurrencia solo miran que cada cliente
// reciba su línea; el formato exacto del eco (el "\n", sin BOM) lo mira eco_lineas.

using System.Net;
using System.Net.Sockets;

// El servidor del alumno en marcha: el TcpListener, su cancelación y la tarea que devolvió ServirEcoAsync.
sealed record ServidorEnPrueba(TcpListener Escucha, CancellationTokenSource Cancelar, Task Tarea)
{
    public int Puerto => ((IPEndPoint)Escucha.LocalEndpoint).Port;

    // Terminó con una excepción que no es la de cancelar: ese error explica mejor lo que pasó.
    public bool Fallo => Tarea.IsFaulted;
}

// Lo que leyó un cliente: los bytes que llegaron y si el servidor cerró (o cortó) la conexión.
sealed record Lectura(byte[] Bytes, bool Cerrada)
{
    public string Texto => new UTF8Encoding(false).GetString(Bytes);
}

byte[] EnUtf8(string texto) => new UTF8Encoding(false).GetBytes(texto);

// Un texto tal como se muestra en un mensaje: entre comillas, con los saltos de línea y el BOM visibles.
string Mostrar(string texto) =>
    "\"" + texto.Replace("\uFEFF", "<BOM>").Replace("\r", "\\r").Replace("\n", "\\n") + "\"";

// Arranca ServirEcoAsync en un puerto libre. Se llama desde el grupo de hilos: una versión que bloquea el hilo
// que la llama (AcceptTcpClient síncrono) no cuelga al corrector. Si falla nada más empezar
// (NotImplementedException, por ejemplo), se lanza su error, que el corrector describe con su línea.
async Task<ServidorEnPrueba> ArrancarAsync()
{
    var escucha = new TcpListener(IPAddress.Loopback, 0);
    escucha.Start();
    var cancelar = new CancellationTokenSource();
    var tarea = Task.Run(() => ServirEcoAsync(escucha, cancelar.Token)
        ?? throw new CheckFailedException(Verdict.Fail(
            "ServirEcoAsync devolvió null: tiene que devolver la tarea del servidor (decláralo async Task).",
            "ServirEcoAsync returned null: it must return the server's task (declare it async Task).")));
    await Task.WhenAny(tarea, Task.Delay(100));
    if (tarea.IsFaulted)
    {
        escucha.Stop();
        await tarea;
    }

    return new ServidorEnPrueba(escucha, cancelar, tarea);
}

// Cancela el servidor, le da hasta `plazo` para terminar y deja de escuchar. Dice si terminó a tiempo.
async Task<bool> PararAsync(ServidorEnPrueba servidor, TimeSpan plazo)
{
    await servidor.Cancelar.CancelAsync();
    var termino = await Task.WhenAny(servidor.Tarea, Task.Delay(plazo)) == servidor.Tarea;
    servidor.Escucha.Stop();
    return termino;
}

// Arranca el servidor, ejecuta la prueba y, pase lo que pase, lo para. Si la prueba no pasa y la tarea del
// servidor ya había terminado con un error propio, se muestra ese error, que es la causa.
async Task<Verdict> ConServidorAsync(Func<ServidorEnPrueba, Task<Verdict>> prueba)
{
    var servidor = await ArrancarAsync();
    Verdict veredicto;
    var fallo = false;
    try
    {
        try
        {
            veredicto = await prueba(servidor);
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            veredicto = Verdict.Fail(
                $"Tu servidor cortó la conexión cuando el cliente aún la usaba ({e.Message}).",
                $"Your server cut the connection while the client was still using it ({e.Message}).");
        }

        fallo = servidor.Fallo;
    }
    finally
    {
        await PararAsync(servidor, TimeSpan.FromSeconds(2));
    }

    if (!veredicto.Passed && fallo)
    {
        await servidor.Tarea;
    }

    return veredicto;
}

async Task<TcpClient> ConectarAsync(int puerto)
{
    var cliente = new TcpClient { NoDelay = true };
    using var plazo = new CancellationTokenSource(TimeSpan.FromSeconds(5));
    try
    {
        await cliente.ConnectAsync(IPAddress.Loopback, puerto, plazo.Token);
    }
    catch
    {
        cliente.Dispose();
        throw;
    }

    return cliente;
}

async Task EnviarAsync(TcpClient cliente, byte[] bytes)
{
    using var plazo = new CancellationTokenSource(TimeSpan.FromSeconds(5));
    await cliente.Client.SendAsync(bytes, SocketFlags.None, plazo.Token);
}

Task EnviarAsync(TcpClient cliente, string texto) => EnviarAsync(cliente, EnUtf8(texto));

// Lee lo que llegue hasta que `basta` diga que ya hay bastante, el servidor cierre la conexión o pase `plazo`.
async Task<Lectura> LeerAsync(TcpClient cliente, TimeSpan plazo, Func<byte[], bool> basta)
{
    var recibidos = new List<byte>();
    var trozo = new byte[4096];
    using var tiempo = new CancellationTokenSource(plazo);
    try
    {
        while (!basta(recibidos.ToArray()))
        {
            var leidos = await cliente.Client.ReceiveAsync(trozo, SocketFlags.None, tiempo.Token);
            if (leidos == 0)
            {
                return new Lectura(recibidos.ToArray(), true);
            }

            recibidos.AddRange(trozo.Take(leidos));
        }
    }
    catch (OperationCanceledException)
    {
        // Se acabó el plazo: vale lo que haya llegado.
    }
    catch (Exception e) when (e is IOException or SocketException)
    {
        return new Lectura(recibidos.ToArray(), true);
    }

    return new Lectura(recibidos.ToArray(), false);
}

Func<byte[], bool> Contiene(string texto) => bytes => new UTF8Encoding(false).GetString(bytes).Contains(texto, StringComparison.Ordinal);

Func<byte[], bool> AlgunByte => bytes => bytes.Length > 0;

[Check("eco_lineas")]
Task<Verdict> EcoLineas(CheckContext ctx) => ConServidorAsync(async servidor =>
{
    string[] lineas = ["¡Hola, señor!", "año", "café ☕"];
    using var cliente = await ConectarAsync(servidor.Puerto);
    var esperado = "";
    var recibido = new List<byte>();
    foreach (var linea in lineas)
    {
        esperado += linea + "\n";
        await EnviarAsync(cliente, linea + "\n");
        var cuantos = EnUtf8(esperado).Length - recibido.Count;
        var lectura = await LeerAsync(cliente, TimeSpan.FromSeconds(2), bytes => bytes.Length >= cuantos);
        recibido.AddRange(lectura.Bytes);
        var texto = new UTF8Encoding(false).GetString(recibido.ToArray());
        if (texto == esperado)
        {
            continue;
        }

        if (texto.StartsWith('\uFEFF'))
        {
            return Verdict.Fail(
                $"El eco empieza con una marca BOM (EF BB BF) que el cliente no mandó: {Mostrar(texto)}. Encoding.UTF8 la escribe al principio de un flujo; usa new UTF8Encoding(false) en el StreamWriter.",
                $"The echo starts with a BOM (EF BB BF) the client did not send: {Mostrar(texto)}. Encoding.UTF8 writes it at the start of a stream; use new UTF8Encoding(false) in the StreamWriter.",
                esperado, texto);
        }

        if (lectura.Bytes.Length == 0)
        {
            var cerradaEs = lectura.Cerrada ? " y cerró la conexión" : " en 2 s";
            var cerradaEn = lectura.Cerrada ? " and closed the connection" : " within 2 s";
            return Verdict.Fail(
                $"Después de mandar {Mostrar(linea + "\n")}, el cliente no recibió nada{cerradaEs}.",
                $"After sending {Mostrar(linea + "\n")}, the client got nothing back{cerradaEn}.",
                esperado, texto);
        }

        return Expect.SameText(esperado, texto, "El eco de las líneas", "The echo of the lines");
    }

    // El cliente cierra su lado: el servidor tiene que ver el final (ReadLineAsync da null) y cerrar el suyo.
    cliente.Client.Shutdown(SocketShutdown.Send);
    var final = await LeerAsync(cliente, TimeSpan.FromSeconds(2), _ => false);
    if (final.Bytes.Length > 0)
    {
        return Verdict.Fail(
            $"Cuando el cliente cerró su lado, el servidor aún mandó {Mostrar(final.Texto)}: al recibir null de ReadLineAsync no hay nada que devolver.",
            $"When the client closed its side, the server still sent {Mostrar(final.Texto)}: when ReadLineAsync returns null there is nothing to echo.");
    }

    return final.Cerrada
        ? Verdict.Pass()
        : Verdict.Fail(
            "El cliente cerró su lado de la conexión, pero el servidor no cerró la suya en 2 s: cuando ReadLineAsync devuelve null, libera el TcpClient (using o Dispose).",
            "The client closed its side of the connection, but the server did not close its own within 2 s: when ReadLineAsync returns null, dispose the TcpClient (using or Dispose).");
});

[Check("cincuenta_clientes")]
Task<Verdict> CincuentaClientes(CheckContext ctx) => ConServidorAsync(async servidor =>
{
    const int cuantos = 50;
    var lineas = Enumerable.Range(1, cuantos).Select(i => $"cliente {i}: ¿me oyes? ñ").ToArray();
    var clientes = new List<TcpClient>();
    try
    {
        // Todos conectados antes de que ninguno hable: 50 conexiones abiertas a la vez.
        for (var i = 0; i < cuantos; i++)
        {
            clientes.Add(await ConectarAsync(servidor.Puerto));
        }

        var reloj = Stopwatch.StartNew();
        await Task.WhenAll(clientes.Select((c, i) => EnviarAsync(c, lineas[i] + "\n")));
        var lecturas = await Task.WhenAll(clientes.Select((c, i) => LeerAsync(c, TimeSpan.FromSeconds(5), Contiene(lineas[i]))));
        var tiempo = reloj.ElapsedMilliseconds;
        var mal = Enumerable.Range(0, cuantos).Where(i => !lecturas[i].Texto.Contains(lineas[i], StringComparison.Ordinal)).ToList();
        if (mal.Count == 0)
        {
            return Verdict.Pass($"Los {cuantos} clientes recibieron su línea en {tiempo} ms.", $"All {cuantos} clients got their line back in {tiempo} ms.");
        }

        var atendidos = cuantos - mal.Count;
        var sinNada = mal.Count(i => lecturas[i].Bytes.Length == 0);
        var primero = mal[0];
        return Verdict.Fail(
            $"Solo {atendidos} de {cuantos} clientes conectados a la vez recibieron su línea en 5 s ({sinNada} no recibieron nada; el primero que falla es el {primero + 1}). " +
            "¿Espera tu bucle a que un cliente termine antes de aceptar el siguiente, limita cuántos atiende, o bloquea un hilo por cliente?",
            $"Only {atendidos} of {cuantos} clients connected at once got their line back within 5 s ({sinNada} got nothing; the first failing one is number {primero + 1}). " +
            "Does your loop wait for a client to finish before accepting the next one, limit how many it serves, or block a thread per client?",
            lineas[primero] + "\n", lecturas[primero].Texto);
    }
    finally
    {
        clientes.ForEach(c => c.Dispose());
    }
});

[Check("cliente_callado")]
Task<Verdict> ClienteCallado(CheckContext ctx) => ConServidorAsync(async servidor =>
{
    using var callado = await ConectarAsync(servidor.Puerto);
    // Que el servidor acepte primero al callado.
    await Task.Delay(300);
    using var otro = await ConectarAsync(servidor.Puerto);
    var linea = "soy el segundo cliente, ¿me atiendes?";
    await EnviarAsync(otro, linea + "\n");
    var lectura = await LeerAsync(otro, TimeSpan.FromSeconds(3), Contiene(linea));
    if (lectura.Texto.Contains(linea, StringComparison.Ordinal))
    {
        return Verdict.Pass();
    }

    if (lectura.Bytes.Length == 0)
    {
        return Verdict.Fail(
            "Un cliente se conectó y no dijo nada; el siguiente no recibió nada en 3 s: tu servidor se quedó esperando al callado. " +
            "El bucle que acepta no puede esperar a un cliente (ni con await ni con un ReadLine síncrono).",
            "A client connected and said nothing; the next one got nothing back within 3 s: your server stayed waiting for the silent one. " +
            "The accepting loop must not wait for a client (neither with await nor with a synchronous ReadLine).",
            linea + "\n", "");
    }

    return Expect.SameText(linea + "\n", lectura.Texto, "El eco del segundo cliente", "The second client's echo");
});

[Check("linea_partida")]
Task<Verdict> LineaPartida(CheckContext ctx) => ConServidorAsync(async servidor =>
{
    const string linea = "ñandú";
    var bytes = EnUtf8(linea + "\n");
    using var cliente = await ConectarAsync(servidor.Puerto);

    // Primer trozo: solo el primer byte de la «ñ» (C3); el segundo (B1) llega con el resto.
    await EnviarAsync(cliente, bytes[..1]);
    var antes = await LeerAsync(cliente, TimeSpan.FromMilliseconds(150), AlgunByte);
    // Un BOM que el servidor manda al conectar no es eco de la línea (eso lo mira eco_lineas).
    if (antes.Bytes.Length > 0 && !antes.Bytes.SequenceEqual(new UTF8Encoding(true).GetPreamble()))
    {
        return Verdict.Fail(
            $"Llegó {Mostrar(antes.Texto)} cuando solo se había mandado el primer byte de la «ñ»: el servidor tiene que esperar a que la línea llegue entera (hasta el \"\\n\").",
            $"{Mostrar(antes.Texto)} came back when only the first byte of the 'ñ' had been sent: the server must wait for the whole line (up to the \"\\n\").",
            linea + "\n", antes.Texto);
    }

    if (antes.Cerrada)
    {
        return Verdict.Fail(
            "El servidor cerró la conexión a mitad de una línea.",
            "The server closed the connection in the middle of a line.");
    }

    await EnviarAsync(cliente, bytes[1..]);
    var eco = await LeerAsync(cliente, TimeSpan.FromSeconds(3), b => Contiene(linea)(b) || Contiene("\n")(b));
    // Lo que llegue poco después también cuenta: la línea tiene que volver una sola vez.
    var extra = eco.Cerrada ? new Lectura([], true) : await LeerAsync(cliente, TimeSpan.FromMilliseconds(300), _ => false);
    var texto = eco.Texto + extra.Texto;
    var veces = texto.Split(linea).Length - 1;
    if (veces == 1 && !texto.Contains('\uFFFD'))
    {
        return Verdict.Pass();
    }

    if (texto.Contains('\uFFFD'))
    {
        return Verdict.Fail(
            $"Volvió {Mostrar(texto)}: la «ñ» se rompió (�). Llegó partida entre dos trozos y cada trozo se decodificó por separado (Encoding.UTF8.GetString). StreamReader guarda los bytes de un carácter a medias hasta que llega el resto.",
            $"{Mostrar(texto)} came back: the 'ñ' broke (�). It arrived split between two chunks and each chunk was decoded on its own (Encoding.UTF8.GetString). StreamReader keeps the bytes of a half-received character until the rest arrives.",
            linea + "\n", texto);
    }

    if (texto.Length == 0)
    {
        return Verdict.Fail(
            "La línea llegó en dos trozos y no volvió nada en 3 s.",
            "The line arrived in two pieces and nothing came back within 3 s.",
            linea + "\n", "");
    }

    if (veces > 1)
    {
        return Verdict.Fail(
            $"La línea volvió {veces} veces: {Mostrar(texto)}. Tiene que volver una sola vez.",
            $"The line came back {veces} times: {Mostrar(texto)}. It must come back only once.",
            linea + "\n", texto);
    }

    return Expect.SameText(linea + "\n", texto, "El eco de la línea partida", "The echo of the split line");
});

[Check("cancelacion")]
async Task<Verdict> Cancelacion(CheckContext ctx)
{
    var servidor = await ArrancarAsync();
    var clientes = new List<TcpClient>();
    try
    {
        // Un cliente que el servidor ya está atendiendo cuando llega la cancelación.
        var antes = await ConectarAsync(servidor.Puerto);
        clientes.Add(antes);
        await EnviarAsync(antes, "antes de cancelar\n");
        await LeerAsync(antes, TimeSpan.FromSeconds(2), Contiene("antes de cancelar\n"));
        await LeerAsync(antes, TimeSpan.FromMilliseconds(100), _ => false);
        if (servidor.Tarea.IsCompleted)
        {
            if (servidor.Fallo)
            {
                await servidor.Tarea;
            }

            return Verdict.Fail(
                "ServirEcoAsync terminó antes de que se cancelara: tiene que seguir aceptando clientes hasta la cancelación.",
                "ServirEcoAsync ended before it was cancelled: it must keep accepting clients until cancellation.");
        }

        var reloj = Stopwatch.StartNew();
        await servidor.Cancelar.CancelAsync();
        var termino = await Task.WhenAny(servidor.Tarea, Task.Delay(TimeSpan.FromSeconds(2))) == servidor.Tarea;
        var tiempo = reloj.ElapsedMilliseconds;
        if (!termino)
        {
            return Verdict.Fail(
                "ServirEcoAsync no terminó en 2 s después de cancelar: pasa cancelacion a AcceptTcpClientAsync y a ReadLineAsync, y sal del bucle con la OperationCanceledException.",
                "ServirEcoAsync did not end within 2 s of being cancelled: pass cancelacion to AcceptTcpClientAsync and to ReadLineAsync, and leave the loop on the OperationCanceledException.");
        }

        if (servidor.Fallo)
        {
            // Terminar con OperationCanceledException vale (la tarea queda cancelada, no fallida); otro error, no.
            await servidor.Tarea;
        }

        try
        {
            await EnviarAsync(antes, "después de cancelar\n");
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            // Ya estaba cerrada: bien.
        }

        var tarde = await LeerAsync(antes, TimeSpan.FromMilliseconds(500), AlgunByte);
        if (tarde.Bytes.Length > 0)
        {
            return Verdict.Fail(
                $"ServirEcoAsync terminó, pero un cliente que ya estaba conectado aún recibió {Mostrar(tarde.Texto)} después de cancelar: pasa cancelacion también a ReadLineAsync, para que cada cliente termine.",
                $"ServirEcoAsync ended, but a client already connected still got {Mostrar(tarde.Texto)} after cancelling: pass cancelacion to ReadLineAsync too, so that each client ends.");
        }

        // Un cliente nuevo: que se rechace la conexión o que no reciba nada, las dos cosas valen.
        try
        {
            var nuevo = await ConectarAsync(servidor.Puerto);
            clientes.Add(nuevo);
            await EnviarAsync(nuevo, "nuevo tras cancelar\n");
            var respuesta = await LeerAsync(nuevo, TimeSpan.FromMilliseconds(500), AlgunByte);
            if (respuesta.Bytes.Length > 0)
            {
                return Verdict.Fail(
                    $"Después de cancelar, un cliente nuevo aún recibió {Mostrar(respuesta.Texto)}: el bucle tiene que dejar de aceptar clientes.",
                    $"After cancelling, a new client still got {Mostrar(respuesta.Texto)}: the loop must stop accepting clients.");
            }
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            // Conexión rechazada o cortada: bien.
        }

        return Verdict.Pass($"ServirEcoAsync terminó {tiempo} ms después de cancelar.", $"ServirEcoAsync ended {tiempo} ms after being cancelled.");
    }
    finally
    {
        clientes.ForEach(c => c.Dispose());
        await PararAsync(servidor, TimeSpan.FromSeconds(1));
    }
}
