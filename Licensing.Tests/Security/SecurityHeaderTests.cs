using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Security;

[Collection(BrowserCollection.Name)]
public class SecurityHeaderTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(Fixture.App.BaseUrl) };
        var response = await client.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_signed_in_pages_work_under_the_content_security_policy()
    {
        var page = await Fixture.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy")) violations.Add(m.Text); };
        await page.GotoAsync("/sign-in");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Email address").FillAsync("admin@demo.example");
        await page.GetByLabel("Password").FillAsync(Licensing.Web.Hosting.DemoData.Password);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/sign-in"), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded });
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GotoAsync("/admin/audit");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Check the audit trail" }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("audit-result")).ToContainTextAsync("intact");
        await BrowserFixture.AssertAccessibleAsync(page);
        Assert.Empty(violations);
    }
}
