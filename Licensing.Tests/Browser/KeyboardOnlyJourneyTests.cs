using Licensing.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Browser;

/// <summary>WCAG 2.1.1 and 2.4.7: a whole journey done with the keyboard alone, focus always visible.</summary>
[Collection(BrowserCollection.Name)]
public class KeyboardOnlyJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int MostTabs = 60;

    [Fact]
    public async Task An_officer_signs_in_finds_a_licensee_and_changes_their_phone_using_only_the_keyboard()
    {
        var page = await Fixture.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await BrowserFixture.AssertAccessibleAsync(page);
        await TabToAsync(page, page.GetByLabel("Email address"));
        await page.Keyboard.TypeAsync("officer@demo.example");
        await TabToAsync(page, page.GetByLabel("Password"));
        await page.Keyboard.TypeAsync(Licensing.Web.Hosting.DemoData.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(u => !u.Contains("/sign-in"), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded });
        await BrowserFixture.AssertAccessibleAsync(page);

        await TabToAsync(page, page.Locator("header a[href='/licensees'], nav a[href='/licensees']").First);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByLabel("Name or number")).ToBeVisibleAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);
        await TabToAsync(page, page.GetByLabel("Name or number"));
        await page.Keyboard.TypeAsync("DL01030");
        await page.Keyboard.PressAsync("Enter");

        var person = page.GetByTestId("results").Locator("a").First;
        await Expect(person).ToBeVisibleAsync();
        await TabToAsync(page, person);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("identity-bar")).ToBeVisibleAsync();

        await TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Change phone" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Change personal details");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);
        await TabToAsync(page, page.GetByLabel("Phone (optional)"));
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.TypeAsync("01632 960444");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Personal details saved");
        await Expect(page.Locator("main")).ToContainTextAsync("01632 960444");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    /// <summary>Presses Tab until the target has focus, failing if it never does or if its focus is not visible.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        await Expect(target).ToBeVisibleAsync();
        for (var i = 0; i < MostTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (!await target.EvaluateAsync<bool>("e => e === document.activeElement")) continue;
            var indicator = await target.EvaluateAsync<string>(
                "e => { const s = getComputedStyle(e); return s.outlineStyle !== 'none' && s.outlineWidth !== '0px' ? 'outline' : s.boxShadow !== 'none' ? 'shadow' : ''; }");
            Assert.False(string.IsNullOrEmpty(indicator), $"Focus on {await target.EvaluateAsync<string>("e => e.outerHTML.slice(0, 120)")} is not visible");
            return;
        }
        Assert.Fail($"{MostTabs} presses of Tab never reached {target}");
    }
}
