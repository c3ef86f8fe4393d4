using Grader.Checks.Web;

namespace Grader.Tests.Checks;

public sealed class ExampleSiteTests
{
    [Fact]
    public async Task Counts_requests_and_the_most_in_flight_at_once()
    {
        using var site = ExampleSite.Start(TimeSpan.FromMilliseconds(300));
        using var client = new HttpClient();

        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetAsync(site.Url)));
        var (countTogether, maxTogether) = (site.RequestCount, site.MaxInFlight);
        site.Reset();
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync(site.Url)).Dispose();
        }

        Assert.All(together, r => Assert.True(r.IsSuccessStatusCode));
        Assert.Equal((4, 4), (countTogether, maxTogether));
        Assert.Equal((3, 1), (site.RequestCount, site.MaxInFlight));
    }

    [Fact]
    public async Task Serves_the_fixed_headers_with_one_header_sent_twice()
    {
        using var site = ExampleSite.Start(TimeSpan.Zero);
        using var client = new HttpClient();

        using var response = await client.GetAsync(site.Url);

        Assert.Equal(["Accept-Encoding", "User-Agent"], response.Headers.Vary);
        Assert.Equal(new DateTimeOffset(2025, 1, 13, 9, 0, 0, TimeSpan.Zero), response.Headers.Date);
        Assert.Equal("text/html; charset=UTF-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("Dominio de ejemplo", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
