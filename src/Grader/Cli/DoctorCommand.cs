using System.CommandLine;
using Grader.Execution.Isolation;
using Spectre.Console;

namespace Grader.Cli;

/// <summary><c>grader doctor</c>: the isolation layers this machine offers, and how to get the missing ones.</summary>
internal static class DoctorCommand
{
    public static Command Create()
    {
        var command = new Command("doctor", "Show the isolation layers this machine offers for running submissions.");
        command.SetAction(_ =>
        {
            var tools = HostTools.Current;
            var layers = LayeredIsolation.Create(tools)?.Layers ?? IsolationLayers.PlainProcess;
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Layer").AddColumn("").AddColumn("How to get it");
            Row(table, $"namespaces ({layers.Namespaces})", layers.Namespaces == "bwrap", "apt-get install bubblewrap (user namespaces enabled); unshare (util-linux, as root) gives PID and network namespaces only");
            Row(table, $"cgroups ({layers.Cgroups})", layers.Cgroups != "none", "run as root on a machine with cgroup v2 (memory and pids delegated) or cgroup v1 (memory, pids) mounted");
            Row(table, "rlimits (prlimit)", layers.Rlimits, "util-linux's prlimit");
            Row(table, "seccomp deny list", layers.Seccomp, "bubblewrap on x86_64");
            Row(table, "unprivileged uid per run", layers.UnprivilegedUser, "run the grader as root, with util-linux's setpriv");
            Row(table, "read-only view of runtime and submission", layers.ReadOnlyView, "bubblewrap");
            Row(table, "empty environment, timeout, output cap, heap limit", true, "always on");
            var console = Terminal.Stdout();
            console.Write(table);
            console.MarkupLine(layers.Full
                ? "[green]Full isolation: every layer is available.[/]"
                : "[yellow]Not every layer is available: grading works, and each report lists the layers that protected it. Use --require-isolation to refuse to grade without all of them.[/]");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Row(Table table, string layer, bool available, string how) =>
        table.AddRow(Markup.Escape(layer), available ? "[green]✔[/]" : "[red]✘[/]", available ? "" : Markup.Escape(how));
}
