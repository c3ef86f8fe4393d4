using System.CommandLine;
using Grader.Execution.Isolation;
using Grader.Reporting;
using Spectre.Console;

namespace Grader.Cli;

/// <summary><c>grader doctor</c>: the isolation layers this machine offers, and how to get the missing ones.</summary>
internal static class DoctorCommand
{
    public static Command Create()
    {
        var command = new Command("doctor", UiText.Say("Muestra las capas de aislamiento que ofrece esta máquina para ejecutar entregas.", "Show the isolation layers this machine offers for running submissions."));
        command.SetAction(_ =>
        {
            var tools = HostTools.Current;
            var layers = LayeredIsolation.Create(tools)?.Layers ?? IsolationLayers.PlainProcess;
            var table = new Table().Border(TableBorder.Rounded).AddColumn(UiText.Say("Capa", "Layer")).AddColumn("").AddColumn(UiText.Say("Cómo conseguirla", "How to get it"));
            Row(table, $"namespaces ({layers.Namespaces})", layers.Namespaces == "bwrap", UiText.Say(
                "apt-get install bubblewrap (con los espacios de nombres de usuario activados); unshare (util-linux, como root) solo da los de PID y red",
                "apt-get install bubblewrap (user namespaces enabled); unshare (util-linux, as root) gives PID and network namespaces only"));
            Row(table, $"cgroups ({layers.Cgroups})", layers.Cgroups != "none", UiText.Say(
                "ejecútalo como root en una máquina con cgroup v2 (memory y pids delegados) o con cgroup v1 (memory, pids) montado",
                "run as root on a machine with cgroup v2 (memory and pids delegated) or cgroup v1 (memory, pids) mounted"));
            Row(table, "rlimits (prlimit)", layers.Rlimits, UiText.Say("prlimit de util-linux", "util-linux's prlimit"));
            Row(table, UiText.Say("lista de denegación de seccomp", "seccomp deny list"), layers.Seccomp, UiText.Say("bubblewrap en x86_64", "bubblewrap on x86_64"));
            Row(table, UiText.Say("un uid sin privilegios por ejecución", "unprivileged uid per run"), layers.UnprivilegedUser, UiText.Say(
                "ejecuta grader como root, con setpriv de util-linux", "run the grader as root, with util-linux's setpriv"));
            Row(table, UiText.Say("vista de solo lectura del runtime y de la entrega", "read-only view of runtime and submission"), layers.ReadOnlyView, "bubblewrap");
            Row(table, UiText.Say("entorno vacío, tiempo límite, tope de salida, límite del heap", "empty environment, timeout, output cap, heap limit"), true, UiText.Say("siempre activo", "always on"));
            var console = Terminal.Stdout();
            console.Write(table);
            console.MarkupLine(layers.Full
                ? "[green]" + Markup.Escape(UiText.Say("Aislamiento completo: están todas las capas.", "Full isolation: every layer is available.")) + "[/]"
                : "[yellow]" + Markup.Escape(UiText.Say(
                    "No están todas las capas: se puede corregir, y cada informe dice qué capas lo protegieron. Con --require-isolation no se corrige sin todas.",
                    "Not every layer is available: grading works, and each report lists the layers that protected it. Use --require-isolation to refuse to grade without all of them.")) + "[/]");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Row(Table table, string layer, bool available, string how) =>
        table.AddRow(Markup.Escape(layer), available ? "[green]✔[/]" : "[red]✘[/]", available ? "" : Markup.Escape(how));
}
