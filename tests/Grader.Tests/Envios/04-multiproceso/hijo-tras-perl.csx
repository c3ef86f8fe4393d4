// espera: falla dos_procesos, hijo_es_otro_proceso, padre_espera
// perl se conecta al canal, deja la conexión en su salida estándar y se convierte (exec, mismo pid) en el corredor
// con los argumentos del padre: lo que el hijo imprimiera iría por una conexión que no abrió el corredor. El corredor
// se conecta entonces otra vez desde el mismo proceso, y dos conexiones de un proceso anulan las dos: el hijo, sin
// verificar, no ejecuta el script.
using System.Diagnostics;

const string VariableRol = "ROL_PROCESO";

void HolaDesdeHijo() => Console.WriteLine($"Hola desde el proceso hijo {Environment.ProcessId}");

void HolaDesdePadre() => Console.WriteLine($"Hola desde el proceso padre {Environment.ProcessId}");

Process IniciarHijo()
{
    var perl = "use IO::Socket::UNIX; use POSIX; my $s = IO::Socket::UNIX->new(Type => SOCK_STREAM(), Peer => \"\\0grader-hijos-"
        + Environment.ProcessId + "\") or exit 1; POSIX::dup2(fileno($s), 1); $ENV{ROL_PROCESO} = 'hijo'; exec { $ARGV[0] } @ARGV;";
    return Process.Start(new ProcessStartInfo("/usr/bin/perl", ["-e", perl, Environment.ProcessPath!, .. Environment.GetCommandLineArgs()]))!;
}

void EjecutarPadre()
{
    using var hijo = IniciarHijo();
    HolaDesdePadre();
    hijo.WaitForExit();
}

if (Environment.GetEnvironmentVariable(VariableRol) == "hijo")
{
    HolaDesdeHijo();
}
else
{
    EjecutarPadre();
}
