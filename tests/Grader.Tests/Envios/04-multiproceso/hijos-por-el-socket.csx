// espera: falla dos_procesos, hijo_es_otro_proceso, padre_espera
// Nunca relanza el script: el propio proceso se conecta al canal de los hijos y envía un informe falso, e IniciarHijo
// arranca perl, que hace lo mismo. El núcleo dice quién se conecta: ni el propio proceso ni otro programa son un hijo.
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

var canal = "\0grader-hijos-" + Environment.ProcessId;

void Informar(string salida)
{
    using var conexion = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    conexion.Connect(new UnixDomainSocketEndPoint(canal));
    conexion.Send(Encoding.UTF8.GetBytes($"{{\"output\":\"{salida}\\n\",\"error\":null}}"));
    conexion.Shutdown(SocketShutdown.Send);
}

Process IniciarHijo()
{
    var perl = "use IO::Socket::UNIX; my $s = IO::Socket::UNIX->new(Type => SOCK_STREAM(), Peer => \"" + canal.Replace("\0", "\\0") + "\") or exit 1;"
        + " print $s '{\"output\":\"Hola desde el proceso hijo ' . $$ . '\\n\",\"error\":null}'; shutdown($s, 1); sysread($s, my $r, 1);";
    return Process.Start(new ProcessStartInfo("/usr/bin/perl", ["-e", perl]))!;
}

Informar("Hola desde el proceso hijo 4242");
IniciarHijo().WaitForExit();
Console.WriteLine($"Hola desde el proceso padre {Environment.ProcessId}");
