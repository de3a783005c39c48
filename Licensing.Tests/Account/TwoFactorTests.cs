using System.Security.Cryptography;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Account;

/// <summary>
/// Outside Development, a manager must sign in with a second factor before any page opens: they are
/// sent to set up an authenticator, and once the code checks out they can work; next time the code is asked for.
/// </summary>
public sealed class TwoFactorTests(TwoFactorTests.RequiringTwoFactor fixture) : BrowserTest(fixture), IClassFixture<TwoFactorTests.RequiringTwoFactor>
{
    /// <summary>An app of its own, configured as outside Development.</summary>
    public sealed class RequiringTwoFactor() : BrowserFixture(new() { ["Security:RequireTwoFactor"] = "true" });

    [Fact]
    public async Task A_manager_without_two_factor_is_kept_out_until_they_set_it_up_and_is_asked_for_the_code_next_time()
    {
        var page = await Fixture.NewPageAsync();
        await SignInAsync(page);

        await page.GotoAsync("/licensees");
        await Expect(page.Locator("h1")).ToHaveTextAsync("You do not have access to this page");
        await Expect(page.Locator("main")).ToContainTextAsync("Your role needs two-factor sign-in");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync("/account/two-factor");
        await BrowserFixture.AssertAccessibleAsync(page);
        var key = (await page.GetByTestId("authenticator-key").InnerTextAsync()).Replace(" ", "").ToUpperInvariant();
        await page.GetByLabel("Code from the app").FillAsync(Totp(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Two-factor sign-in is on");

        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync("/licensees");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Find a licensee");
        await BrowserFixture.AssertAccessibleAsync(page);

        // A new sign-in now asks for the code, and a wrong code does not get in.
        var again = await Fixture.NewPageAsync();
        await SignInAsync(again);
        await Expect(again.Locator("h1")).ToHaveTextAsync("Enter your security code");
        await BrowserFixture.AssertAccessibleAsync(again);
        await again.GetByLabel("Security code").FillAsync("000000" == Totp(key) ? "111111" : "000000");
        await again.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(again.Locator(".govuk-error-summary")).ToContainTextAsync("not right");
        await again.GetByLabel("Security code").FillAsync(Totp(key));
        await again.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await again.WaitForURLAsync(u => !u.Contains("/sign-in"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await BrowserFixture.AssertAccessibleAsync(again);
        await again.GotoAsync("/licensees");
        await Expect(again.Locator("h1")).ToHaveTextAsync("Find a licensee");
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/sign-in");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Email address").FillAsync("manager@demo.example");
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The document, not every subresource, as BrowserFixture.SignInAsync waits: a full "load" outlasted 30 s on a busy machine.
        await page.WaitForURLAsync(u => !u.EndsWith("/sign-in"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    /// <summary>RFC 6238 with Identity's settings (SHA-1, 30-second steps, 6 digits), as an authenticator app computes it.</summary>
    private static string Totp(string base32Key)
    {
        var key = Base32(base32Key);
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var code = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (code % 1_000_000).ToString("D6");
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var bytes = new List<byte>();
        foreach (var c in text.TrimEnd('='))
        {
            value = (value << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
