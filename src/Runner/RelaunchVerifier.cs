using System.Collections;
using System.Globalization;
using System.Text;

namespace Grader.Runner;

/// <summary>
/// Tells a genuine relaunch of this runner from anything else that connects to <see cref="ChildRunAddress"/>, by
/// facts the kernel keeps about the connecting pid (it connects before making itself non-dumpable, so they can be
/// read): another process of this uid, a direct child of this runner (only the student's Process.Start forks
/// here), running this runner's executable with this runner's arguments (so this plan, this student's script), and
/// none of the variables through which the loader or the runtime would load other code first (LD_PRELOAD, startup
/// hooks, profilers) set otherwise than here. A file, a helper program, /usr/bin/true or the student's own process
/// fails one of them. Taken before any of the student's code runs, so none of it can be altered by that code.
/// </summary>
internal sealed class RelaunchVerifier
{
    private static readonly string[] LoaderPrefixes = ["LD_", "DOTNET_", "COMPlus_", "CORECLR_", "OPENSSL_"];

    private readonly int self;
    private readonly uint user;
    private readonly string? executable;
    private readonly string[] arguments;
    private readonly Dictionary<string, string> loaderVariables;

    private RelaunchVerifier(int self, uint user, string? executable, string[] arguments, Dictionary<string, string> loaderVariables)
    {
        this.self = self;
        this.user = user;
        this.executable = executable;
        this.arguments = arguments;
        this.loaderVariables = loaderVariables;
    }

    /// <summary>Null when /proc cannot say who this process is.</summary>
    public static RelaunchVerifier? ForThisProcess()
    {
        var self = Environment.ProcessId;
        if (EffectiveUser(self) is not { } user)
        {
            return null;
        }

        // What the student passes on: Environment.GetCommandLineArgs(), the runner's DLL and its options.
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && IsLoaderVariable(name))
            {
                variables[name] = entry.Value as string ?? "";
            }
        }

        return new RelaunchVerifier(self, user, Executable(self), Environment.GetCommandLineArgs(), variables);
    }

    /// <summary>True when <paramref name="pid"/>, which connected as <paramref name="uid"/>, is a genuine relaunch.</summary>
    public bool IsGenuine(int pid, uint uid, ProcStat stat) =>
        pid != self && pid > 0 && uid == user && stat.ParentId == self && !stat.Ended
        && executable is not null && Executable(pid) == executable
        && Fields(pid, "cmdline") is { Length: > 0 } command && command.AsSpan(1).SequenceEqual(arguments)
        && Fields(pid, "environ") is { } environment && SameLoaderVariables(environment);

    private bool SameLoaderVariables(string[] environment)
    {
        var seen = 0;
        foreach (var variable in environment)
        {
            var equals = variable.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? variable : variable[..equals];
            if (!IsLoaderVariable(name))
            {
                continue;
            }

            if (!loaderVariables.TryGetValue(name, out var value) || value != variable[(equals + 1)..])
            {
                return false;
            }

            seen++;
        }

        return seen == loaderVariables.Count;
    }

    private static bool IsLoaderVariable(string name) =>
        LoaderPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static string? Executable(int pid)
    {
        try
        {
            return new FileInfo(Proc(pid, "exe")).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The NUL-separated strings of /proc/PID/cmdline or environ; null when unreadable.</summary>
    private static string[]? Fields(int pid, string file)
    {
        try
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(Proc(pid, file)));
            return text.Length == 0 ? [] : text.TrimEnd('\0').Split('\0');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static uint? EffectiveUser(int pid)
    {
        try
        {
            var line = File.ReadLines(Proc(pid, "status")).FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            var fields = line?.Split('\t', StringSplitOptions.RemoveEmptyEntries);
            return fields is { Length: > 2 } && uint.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var uid) ? uid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Proc(int pid, string file) => $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/{file}";
}
