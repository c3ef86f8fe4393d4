using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Grader.Tests.Support;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools Protocol: open a page, wait for it, read it with
/// JavaScript, collect what it logged as an error, take a screenshot. Everything it writes (profile, HOME,
/// caches) lives in one temporary folder that <see cref="DisposeAsync"/> deletes after killing the browser.
/// </summary>
internal sealed class HeadlessBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const int ViewportWidth = 1280;
    public const int ViewportHeight = 900;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string root;
    private readonly Queue<string> output = new();
    private readonly List<string> errors = [];
    private DevToolsSocket? browser;
    private DevToolsSocket? page;
    private TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HeadlessBrowser(Process process, string root)
    {
        this.process = process;
        this.root = root;
    }

    /// <summary>Console errors, uncaught exceptions and error log entries (CSP violations, failed loads), in order.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    public int ProcessId => process.Id;

    /// <summary>The temporary folder the browser writes to; gone after disposal.</summary>
    public string TemporaryRoot => root;

    /// <summary>Where screenshots are kept for a person to look at: $GRADER_ARTIFACTS, else artifacts/ beside the tests.</summary>
    public static string ArtifactsFolder =>
        Environment.GetEnvironmentVariable("GRADER_ARTIFACTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "artifacts");

    /// <summary>
    /// Starts Chromium; without it this throws, so a browser test fails on a machine that lacks it rather than
    /// passing without having looked at anything.
    /// </summary>
    public static async Task<HeadlessBrowser> StartAsync(string chromiumPath = ChromiumPath)
    {
        if (!File.Exists(chromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium at {chromiumPath}: install it with `apt-get install -y chromium` (CI installs it).");
        }

        var root = Directory.CreateTempSubdirectory("grader-chromium-").FullName;
        var profile = Directory.CreateDirectory(Path.Combine(root, "profile")).FullName;
        var home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
        var temporary = Directory.CreateDirectory(Path.Combine(root, "tmp")).FullName;
        var start = new ProcessStartInfo(chromiumPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", $"--window-size={ViewportWidth},{ViewportHeight}",
            $"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // Chromium also writes under HOME, the XDG folders (NSS database, caches) and TMPDIR (its shared memory
        // folder, left behind when it is killed): all of them inside the one folder disposal deletes.
        start.Environment["HOME"] = home;
        start.Environment["TMPDIR"] = temporary;
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(home, ".config");
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");

        var chromium = new HeadlessBrowser(Process.Start(start)!, root);
        try
        {
            chromium.process.OutputDataReceived += (_, e) => chromium.Remember(e.Data);
            chromium.process.ErrorDataReceived += (_, e) => chromium.Remember(e.Data);
            chromium.process.BeginOutputReadLine();
            chromium.process.BeginErrorReadLine();
            await chromium.ConnectAsync(profile);
            return chromium;
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a local file and waits for its load event.</summary>
    public async Task OpenAsync(string path)
    {
        var url = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var navigation = await SendAsync("Page.navigate", new { url });
        if (navigation.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
        {
            throw new InvalidOperationException($"Chromium could not open {url}: {text}");
        }

        await loaded.Task.WaitAsync(CommandTimeout);
        // A load event of the previous page could have been the one that arrived: make sure it is this document.
        await WaitForAsync($"document.readyState === 'complete' && location.href === {JsonSerializer.Serialize(url)}", CommandTimeout);
    }

    /// <summary>Polls a JavaScript condition until it is true; on timeout the page's errors are in the message.</summary>
    public async Task WaitForAsync(string condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var value = await EvaluateAsync($"Boolean({condition})");
            if (value.ValueKind == JsonValueKind.True)
            {
                return;
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"Still false after {timeout.TotalSeconds} s: {condition}. Page errors: {string.Join(" | ", Errors)}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Evaluates an expression in the page (awaiting a promise) and returns its value as JSON.</summary>
    /// <summary>The condition informe.html sets once its charts are drawn (<c>document.body.dataset.charts</c>).</summary>
    public const string ChartsDrawn = "document.body.dataset.charts !== undefined";

    /// <summary>How many canvases on the page have at least one pixel that is not blank.</summary>
    public async Task<int> DrawnCanvasesAsync() => (await EvaluateAsync("""
        Array.from(document.querySelectorAll('canvas')).filter(canvas => {
          const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) return true; }
          return false;
        }).length
        """).ConfigureAwait(false)).GetInt32();

    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"{expression} threw: {Describe(exception)}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>
    /// A PNG of the whole page: the viewport is made as tall as the content first, so what is below the fold is
    /// laid out and drawn as a reader scrolling down would see it, then put back.
    /// </summary>
    public async Task<string> ScreenshotAsync(string path)
    {
        var metrics = await SendAsync("Page.getLayoutMetrics", null);
        var height = (int)Math.Ceiling(metrics.GetProperty("cssContentSize").GetProperty("height").GetDouble());
        height = Math.Clamp(height, ViewportHeight, 16_000);
        await SetViewportAsync(height);
        try
        {
            // Two frames and a moment: time for a resize to reach the charts and for them to redraw.
            await EvaluateAsync("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150))))");
            var shot = await SendAsync("Page.captureScreenshot", new { format = "png" });
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
            return path;
        }
        finally
        {
            await SetViewportAsync(ViewportHeight);
        }
    }

    private async Task ConnectAsync(string profile)
    {
        // Chromium picks a free port and writes it, with the browser's WebSocket path, to this file once it listens.
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var waited = Stopwatch.StartNew();
        string[] lines = [];
        while (lines.Length < 2)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} before listening. Its output: {Output()}");
            }

            if (waited.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"Chromium wrote no {portFile} in {StartTimeout.TotalSeconds} s. Its output: {Output()}");
            }

            await Task.Delay(50);
            lines = File.Exists(portFile) ? (await File.ReadAllTextAsync(portFile)).Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
        }

        var port = int.Parse(lines[0].Trim(), CultureInfo.InvariantCulture);
        using var connecting = new CancellationTokenSource(StartTimeout);
        browser = await DevToolsSocket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}{lines[1].Trim()}"), connecting.Token);
        var target = await browser.SendAsync("Target.createTarget", new { url = "about:blank" }, connecting.Token);
        var targetId = target.GetProperty("targetId").GetString();
        page = await DevToolsSocket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/devtools/page/{targetId}"), connecting.Token);
        page.EventReceived += OnEvent;
        await SendAsync("Runtime.enable", null);
        await SendAsync("Log.enable", null);
        await SendAsync("Page.enable", null);
        await SetViewportAsync(ViewportHeight);
    }

    private Task<JsonElement> SetViewportAsync(int height) =>
        SendAsync("Emulation.setDeviceMetricsOverride", new { width = ViewportWidth, height, deviceScaleFactor = 1, mobile = false });

    private async Task<JsonElement> SendAsync(string method, object? parameters)
    {
        using var timeout = new CancellationTokenSource(CommandTimeout);
        return await (page ?? throw new InvalidOperationException("Not connected to a page.")).SendAsync(method, parameters, timeout.Token);
    }

    private void OnEvent(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "Page.loadEventFired":
                loaded.TrySetResult();
                break;
            case "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() is "error" or "assert":
                AddError("console." + parameters.GetProperty("type").GetString() + ": "
                    + string.Join(" ", parameters.GetProperty("args").EnumerateArray().Select(Describe)));
                break;
            case "Runtime.exceptionThrown":
                AddError("exception: " + Describe(parameters.GetProperty("exceptionDetails")));
                break;
            case "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error":
                var entry = parameters.GetProperty("entry");
                AddError($"log ({entry.GetProperty("source").GetString()}): {entry.GetProperty("text").GetString()}"
                    + (entry.TryGetProperty("url", out var url) ? $" at {url.GetString()}" : ""));
                break;
            default:
                break;
        }
    }

    private void AddError(string error)
    {
        lock (errors)
        {
            errors.Add(error);
        }
    }

    /// <summary>The most useful words of a remote object or of exception details.</summary>
    private static string Describe(JsonElement element)
    {
        if (element.TryGetProperty("exception", out var exception))
        {
            return Describe(exception);
        }

        foreach (var name in new[] { "description", "value", "text", "unserializableValue" })
        {
            if (element.TryGetProperty(name, out var property))
            {
                return property.ValueKind == JsonValueKind.String ? property.GetString()! : property.GetRawText();
            }
        }

        return element.GetRawText();
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Enqueue(line);
            if (output.Count > 40)
            {
                output.Dequeue();
            }
        }
    }

    private string Output()
    {
        lock (output)
        {
            return new StringBuilder().AppendJoin('\n', output).ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (page is not null)
        {
            await page.DisposeAsync();
        }

        // Asked first, Chromium closes its renderers and reaps them itself; killed outright, they are left to init.
        if (browser is not null)
        {
            try
            {
                using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await browser.SendAsync("Browser.close", null, closing.Token);
            }
            catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
            {
                // It is going away, or will be killed below.
            }

            await browser.DisposeAsync();
        }

        await ExitAsync(TimeSpan.FromSeconds(10));
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await ExitAsync(TimeSpan.FromSeconds(15));
        }

        process.Dispose();
        // A helper process may still be closing its files in the profile for a moment after the kill.
        for (var attempt = 1; Directory.Exists(root); attempt++)
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException) when (attempt < 20)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Bounded: a helper that outlived the browser could keep the output pipes open, and those are waited for too.</summary>
    private async Task ExitAsync(TimeSpan timeout)
    {
        using var exiting = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(exiting.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
