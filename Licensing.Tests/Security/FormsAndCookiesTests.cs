using Licensing.Domain.Data;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Tests.Security;

/// <summary>The sign-in cookie's flags, antiforgery on the forms that change who is signed in, and where the keys that protect both live.</summary>
[Collection(BrowserCollection.Name)]
public class FormsAndCookiesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_sign_in_cookie_is_hidden_from_script_and_never_sent_cross_site_and_its_keys_are_kept_in_the_database()
    {
        var page = await Fixture.SignInAsync("officer@demo.example");
        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "licensing.auth");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(Microsoft.Playwright.SameSiteAttribute.Strict, cookie.SameSite);
        Assert.DoesNotContain("licensing.auth", await page.EvaluateAsync<string>("() => document.cookie"));

        using var scope = Fixture.App.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
        Assert.NotEqual(0, await db.DataProtectionKeys.CountAsync());
    }

    [Fact]
    public async Task A_sign_in_posted_without_the_antiforgery_token_is_refused()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Fixture.App.BaseUrl) };
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["Input.Email"] = "officer@demo.example",
            ["Input.Password"] = Licensing.Web.Hosting.DemoData.Password,
        }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("licensing.auth")));
    }

    [Fact]
    public async Task A_sign_out_posted_from_elsewhere_without_the_token_does_not_sign_the_user_out()
    {
        var page = await Fixture.SignInAsync("officer@demo.example");
        var forged = await page.Context.APIRequest.PostAsync("/sign-out", new() { MaxRedirects = 0 });
        Assert.True(forged.Status >= 400, $"a forged sign-out got {forged.Status}");

        var home = await page.Context.APIRequest.GetAsync("/", new() { MaxRedirects = 0 });
        Assert.Equal(200, home.Status); // still signed in
    }
}
