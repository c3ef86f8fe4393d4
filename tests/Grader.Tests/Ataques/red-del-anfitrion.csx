// espera: pass
// capa: espacio de nombres de red: dentro solo hay un loopback vacío, con el servidor del ejercicio; ninguna ruta sale
// secreto: CONECTADO
// requiere: capas
foreach (var destino in new[] { ("127.0.0.1", 47613), ("::1", 47613) })
{
    try
    {
        using var cliente = new System.Net.Sockets.TcpClient();
        if (cliente.ConnectAsync(destino.Item1, destino.Item2).Wait(2000))
        {
            Console.WriteLine($"CONECTADO a {destino}");
        }
    }
    catch (Exception e)
    {
        Console.WriteLine($"bloqueado {destino}: {e.GetBaseException().Message}");
    }
}
