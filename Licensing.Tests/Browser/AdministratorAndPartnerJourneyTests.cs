using Licensing.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Browser;

/// <summary>The administrator's and the partner user's journeys, each page scanned for accessibility.</summary>
[Collection(BrowserCollection.Name)]
public class AdministratorAndPartnerJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_administrator_issues_a_partner_api_key_that_is_shown_once()
    {
        var page = await Fixture.SignInAsync("admin@demo.example");
        await page.GotoAsync("/partners");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Locator("table a.govuk-link[href^='/partners/']").First.ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Journey test system");
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue key" }).ClickAsync();

        var key = page.GetByTestId("new-key");
        await Expect(key).Not.ToBeEmptyAsync();
        var plain = await key.InnerTextAsync();
        await Expect(page.Locator("table")).ToContainTextAsync("Journey test system");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.ReloadAsync();
        await Expect(page.Locator("h1")).Not.ToBeEmptyAsync();
        await Expect(page.GetByTestId("new-key")).ToHaveCountAsync(0);
        await Expect(page.Locator("main")).Not.ToContainTextAsync(plain);
    }

    [Fact]
    public async Task An_administrator_saves_a_new_suitability_policy_version()
    {
        var page = await Fixture.SignInAsync("admin@demo.example");
        await page.GotoAsync("/policy/edit");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);

        // In force far in the future, so the policy other tests decide under does not change.
        await page.GetByLabel("New version label").FillAsync("Journey test 2099");
        await page.FillDateAsync("EffectiveFrom", new DateOnly(2099, 1, 1));
        await page.GetByLabel("What changed and why").FillAsync("Committee resolution 12/2098");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a new version" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Version Journey test 2099 saved");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_partner_user_searching_the_register_learns_only_that_a_record_exists_and_whom_to_ask()
    {
        var page = await Fixture.SignInAsync("partner@demo.example");
        await page.GotoAsync("/register/search");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Surname", new() { Exact = true }).FillAsync("Hussain");
        await page.GetByLabel("Forenames", new() { Exact = true }).FillAsync("Imran");
        await page.GetByLabel("Day").FillAsync("14");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Year").FillAsync("1985");
        await page.GetByLabel("New application").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var matches = page.GetByTestId("matches");
        await Expect(matches).ToContainTextAsync("Northam Borough Council");
        await Expect(matches).ToContainTextAsync("E07000999-2021-0001");
        await Expect(matches.Locator("a")).ToHaveCountAsync(0); // no way through to the entry
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Safeguarding"); // the grounds stay with the deciding council
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
