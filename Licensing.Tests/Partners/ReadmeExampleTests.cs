using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Partners;

/// <summary>The README's curl example works against a fresh Development instance, as a new user would try it.</summary>
[Collection(BrowserCollection.Name)]
public class ReadmeExampleTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_documented_demo_search_finds_the_neighbouring_councils_revocation()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Fixture.App.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", "demo-partner-key-2026");
        var response = await client.PostAsJsonAsync("/api/v1/register/searches",
            new { surname = "Husain", forenames = "Imran", dateOfBirth = "1985-03-14", purpose = "new-application" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var match = Assert.Single(body.GetProperty("matches").EnumerateArray(), m => m.GetProperty("registerReference").GetString() == "E07000999-2021-0001");
        Assert.Equal("strong", match.GetProperty("band").GetString());
    }
}
