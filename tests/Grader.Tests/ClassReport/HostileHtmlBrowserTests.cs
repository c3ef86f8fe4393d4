using Grader.Reporting;
using Grader.Reporting.Class;
using Grader.Tests.Support;

namespace Grader.Tests.ClassReport;

/// <summary>informe.html with hostile student text, read by a real HTML parser: the student's markup is text in the DOM.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileHtmlBrowserTests
{
    [Fact]
    public async Task The_report_opens_without_errors_and_the_students_markup_is_only_text()
    {
        using var folder = new TemporaryFolder();
        var page = ClassReportHtmlWriter.WriteFile(HostileClass.Create(), Language.Es, folder.Path);
        await using var browser = await HeadlessBrowser.StartAsync();

        await browser.OpenAsync(page);
        await browser.WaitForAsync(HeadlessBrowser.ChartsDrawn, TimeSpan.FromSeconds(30));

        Assert.Empty(browser.Errors);
        Assert.Equal(0, (await browser.EvaluateAsync("document.querySelectorAll('img, iframe, object, embed, b, i, [onerror], a[href^=\"javascript\"]').length")).GetInt32());
        Assert.Equal(3, (await browser.EvaluateAsync("document.scripts.length")).GetInt32());
        Assert.Equal(7, (await browser.EvaluateAsync($"document.querySelectorAll('#{StudentsSection.TableId} tbody tr').length")).GetInt32());
        Assert.True((await browser.EvaluateAsync("document.body.textContent.includes('<img src=x onerror=alert(1)>')")).GetBoolean());
    }
}
