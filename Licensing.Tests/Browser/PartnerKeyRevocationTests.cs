using System.Net;
using System.Net.Http.Json;
using Licensing.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class PartnerKeyRevocationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_key_the_administrator_revokes_is_refused_on_its_very_next_request()
    {
        var page = await Fixture.SignInAsync("admin@demo.example");
        await page.GotoAsync("/partners");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Locator("table a.govuk-link[href^='/partners/']").First.ClickAsync();
        // The list page was interactive too: wait for the partner's own page before typing.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Issue key" })).ToBeEnabledAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Revocation test system");
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue key" }).ClickAsync();
        try { await Expect(page.GetByTestId("new-key")).Not.ToBeEmptyAsync(); }
        catch (PlaywrightException) { throw new Exception(await page.Locator("main").InnerTextAsync()); }
        var plain = await page.GetByTestId("new-key").InnerTextAsync();

        using var http = new HttpClient { BaseAddress = new Uri(Fixture.App.BaseUrl) };
        async Task<HttpStatusCode> SearchAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/register/searches")
            {
                Content = JsonContent.Create(new { surname = "Nobody", forenames = "Known", dateOfBirth = "1970-01-01", purpose = "new-application" }),
            };
            request.Headers.Add("X-Api-Key", plain);
            return (await http.SendAsync(request)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await SearchAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke Revocation test system" }).ClickAsync();
        await Expect(page.Locator("tr", new() { HasText = "Revocation test system" })).ToContainTextAsync("Revoked");
        await BrowserFixture.AssertAccessibleAsync(page);

        Assert.Equal(HttpStatusCode.Unauthorized, await SearchAsync());
    }
}
