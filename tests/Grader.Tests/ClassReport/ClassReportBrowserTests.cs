using System.Text.Json;
using Grader.Reporting;
using Grader.Reporting.Class;
using Grader.Tests.Support;

namespace Grader.Tests.ClassReport;

/// <summary>
/// informe.html opened in headless Chromium as a teacher would open it: no error in the console, one row per
/// student, every chart actually drawn, the tables sorting on a click. The screenshots stay in the artifacts folder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClassReportBrowserTests
{
    [Fact]
    public async Task The_class_report_opens_without_errors_and_draws_every_chart()
    {
        using var folder = new TemporaryFolder();
        var page = ClassReportHtmlWriter.WriteFile(ClassFixture.Class(), Language.Es, folder.Path);
        await using var browser = await HeadlessBrowser.StartAsync();

        await browser.OpenAsync(page);
        await browser.WaitForAsync(HeadlessBrowser.ChartsDrawn, TimeSpan.FromSeconds(30));

        Assert.Empty(browser.Errors);
        Assert.Equal(5, (await browser.EvaluateAsync($"document.querySelectorAll('#{StudentsSection.TableId} tbody tr').length")).GetInt32());
        Assert.Equal("4", (await browser.EvaluateAsync("document.body.dataset.charts")).GetString());
        Assert.Equal(4, (await browser.EvaluateAsync("document.querySelectorAll('canvas').length")).GetInt32());
        Assert.Equal(4, await browser.DrawnCanvasesAsync());
        var screenshot = await browser.ScreenshotAsync(Path.Combine(HeadlessBrowser.ArtifactsFolder, "informe.png"));
        AssertPng(screenshot);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Clicking_a_header_sorts_numbers_as_numbers_and_names_as_spanish_does()
    {
        using var folder = new TemporaryFolder();
        var page = ClassReportHtmlWriter.WriteFile(ClassFixture.Class(), Language.Es, folder.Path);
        await using var browser = await HeadlessBrowser.StartAsync();
        await browser.OpenAsync(page);
        await browser.WaitForAsync(HeadlessBrowser.ChartsDrawn, TimeSpan.FromSeconds(30));

        Assert.Equal(["Ángel Núñez", "Bruno Díaz", "Carla Ruiz", "María López", "Zoe Vidal"], await Names(browser));
        await Click(browser, "Total");
        Assert.Equal(["Carla Ruiz", "María López", "Bruno Díaz", "Ángel Núñez", "Zoe Vidal"], await Names(browser));
        await Click(browser, "Total");
        Assert.Equal(["Zoe Vidal", "Ángel Núñez", "Bruno Díaz", "María López", "Carla Ruiz"], await Names(browser));
        // 05: not handed in (-1) sorts below a handed-in 4; ties keep the previous order (the sort is stable).
        await Click(browser, "05-fibonacci-hilos");
        Assert.Equal(["María López", "Carla Ruiz", "Ángel Núñez", "Zoe Vidal", "Bruno Díaz"], await Names(browser));
        await Click(browser, "Nombre");
        await Click(browser, "Nombre");
        Assert.Equal(["Zoe Vidal", "María López", "Carla Ruiz", "Bruno Díaz", "Ángel Núñez"], await Names(browser));
        Assert.Equal("descending", (await browser.EvaluateAsync($"document.querySelector('#{StudentsSection.TableId} th[aria-sort]').getAttribute('aria-sort')")).GetString());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_empty_class_opens_without_errors_and_no_charts()
    {
        using var folder = new TemporaryFolder();
        var page = ClassReportHtmlWriter.WriteFile(ClassFixture.Empty(), Language.En, folder.Path);
        await using var browser = await HeadlessBrowser.StartAsync();

        await browser.OpenAsync(page);
        await browser.WaitForAsync(HeadlessBrowser.ChartsDrawn, TimeSpan.FromSeconds(30));

        Assert.Empty(browser.Errors);
        Assert.Equal("0", (await browser.EvaluateAsync("document.body.dataset.charts")).GetString());
        Assert.Equal(0, (await browser.EvaluateAsync($"document.querySelectorAll('#{StudentsSection.TableId} tbody tr').length")).GetInt32());
        await Click(browser, "Total");
        AssertPng(await browser.ScreenshotAsync(Path.Combine(HeadlessBrowser.ArtifactsFolder, "informe-vacio.en.png")));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_feedback_page_opens_without_errors()
    {
        using var folder = new TemporaryFolder();
        FeedbackWriter.WriteAll(ClassFixture.Class(), Language.Es, folder.Path);
        await using var browser = await HeadlessBrowser.StartAsync();

        await browser.OpenAsync(Path.Combine(folder.Path, "Maria_Lopez_12345.html"));

        Assert.Equal("Retroalimentación: María López", (await browser.EvaluateAsync("document.querySelector('h1').textContent")).GetString());
        Assert.Equal(3, (await browser.EvaluateAsync("document.querySelectorAll('h2').length")).GetInt32());
        AssertPng(await browser.ScreenshotAsync(Path.Combine(HeadlessBrowser.ArtifactsFolder, "retroalimentacion.png")));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_browser_leaves_no_process_and_no_folder_behind()
    {
        var browser = await HeadlessBrowser.StartAsync();
        var id = browser.ProcessId;
        var root = browser.TemporaryRoot;
        Assert.True(Directory.Exists(root));

        await browser.DisposeAsync();

        Assert.False(Directory.Exists(root));
        Assert.False(Directory.Exists($"/proc/{id}"), $"Chromium ({id}) is still running.");
        Assert.Empty(ProcessesMentioning(root));
    }

    [Fact]
    public async Task The_measures_themselves_see_errors_and_tell_a_blank_canvas_from_a_drawn_one()
    {
        using var folder = new TemporaryFolder();
        var page = folder.Write("roto.html", """
            <!DOCTYPE html><html><body>
            <canvas id="vacio"></canvas><canvas id="pintado"></canvas>
            <img src="no-existe.png">
            <script>
              document.getElementById('pintado').getContext('2d').fillRect(0, 0, 10, 10);
              console.error('uno');
              setTimeout(() => { throw new Error('dos'); }, 0);
            </script>
            </body></html>
            """);
        await using var browser = await HeadlessBrowser.StartAsync();

        await browser.OpenAsync(page);
        await browser.EvaluateAsync("new Promise(done => setTimeout(done, 200))");

        Assert.Equal(1, await browser.DrawnCanvasesAsync());
        var errors = browser.Errors;
        Assert.Contains(errors, e => e.StartsWith("console.error: uno", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("exception: ", StringComparison.Ordinal) && e.Contains("dos", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("log (network)", StringComparison.Ordinal) && e.Contains("no-existe.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_chromium_a_browser_test_fails_and_says_how_to_install_it()
    {
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => HeadlessBrowser.StartAsync("/nonexistent/chromium"));

        Assert.Contains("apt-get install -y chromium", missing.Message, StringComparison.Ordinal);
    }

    private static async Task<List<string>> Names(HeadlessBrowser browser)
    {
        var names = await browser.EvaluateAsync($"Array.from(document.querySelectorAll('#{StudentsSection.TableId} tbody tr')).map(r => r.cells[0].textContent)");
        return names.EnumerateArray().Select(n => n.GetString()!).ToList();
    }

    private static async Task Click(HeadlessBrowser browser, string header)
    {
        var clicked = await browser.EvaluateAsync($$"""
            (() => {
              const button = Array.from(document.querySelectorAll('#{{StudentsSection.TableId}} th button'))
                .find(b => b.firstChild.textContent === {{JsonSerializer.Serialize(header)}});
              if (!button) return false;
              button.click();
              return true;
            })()
            """);
        Assert.True(clicked.GetBoolean(), $"No header {header}");
    }

    private static void AssertPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{path} is only {bytes.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    /// <summary>Processes whose command line names the browser's temporary folder: a leftover helper would.</summary>
    private static List<int> ProcessesMentioning(string root)
    {
        var found = new List<int>();
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(folder, "cmdline")).Contains(root, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return found;
    }
}
