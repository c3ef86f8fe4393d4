using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Grader.Reporting.Class;

/// <summary>
/// The files informe.html inlines (Chart.js, its own script and style), embedded in the tool so the page is one
/// file that opens offline, wherever the tool was copied.
/// </summary>
internal static class ReportAssets
{
    private static readonly Lazy<string> ChartJsText = new(() => Read("chart.umd.min.js"));
    private static readonly Lazy<string> ScriptText = new(() => Read("informe.js"));
    private static readonly Lazy<string> StyleText = new(() => Read("informe.css"));

    public static string ChartJs => ChartJsText.Value;

    public static string Script => ScriptText.Value;

    public static string Style => StyleText.Value;

    /// <summary>The CSP source that allows exactly this inline script: nothing injected could run beside it.</summary>
    public static string CspHash(string script) =>
        "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))) + "'";

    private static string Read(string name)
    {
        var resource = "Grader.Reporting.Class." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        // Inlined into <script>, this text must not be able to close the element it sits in.
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{resource} contains </script and cannot be inlined.");
        }

        return text;
    }
}
