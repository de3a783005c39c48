using Licensing.Domain.Concerns;
using Licensing.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class NeedToKnowBrowserTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_committee_member_reading_the_hearing_pack_is_told_restricted_intelligence_is_withheld_but_not_shown_it()
    {
        var page = await Fixture.SignInAsync("committee@demo.example");
        await page.GotoAsync("/hearings");
        // A click while the circuit is still attaching can be lost to the interactive router taking over.
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Locator("a[href^='/hearings/']").First.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Hearing:");

        var main = page.Locator("main");
        await Expect(main).ToContainTextAsync(RestrictedIntelligence.WithheldNote);
        await Expect(main).Not.ToContainTextAsync("seized in a child exploitation investigation");
        await Expect(page.GetByTestId("withheld-material")).ToContainTextAsync("do not rest the decision on it");
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
