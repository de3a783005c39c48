using Licensing.Domain.Concerns;
using Licensing.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class PersonPageLinksTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_concern_started_from_a_person_page_is_linked_to_that_person()
    {
        var page = await Fixture.SignInAsync("officer@demo.example");
        await BrowserFixture.FindLicenseeAsync(page, "kx19abc");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sarah Jane Morgan" }).ClickAsync();
        await Expect(page.GetByTestId("identity-bar")).ToContainTextAsync("Sarah Jane Morgan");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start an application" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/applications/new\\?personId="));
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Record a concern" }).ClickAsync();
        await Expect(page.GetByTestId("about-person")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("What was reported").FillAsync("Seen waiting outside the school gates at 15:20 and offering lifts to pupils.");
        await page.ChooseGradingAsync("", Grading.Untested);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the concern" }).ClickAsync();
        await BrowserFixture.ExpectAddressAsync(page, "/concerns/[0-9a-f-]{36}$");
        await Expect(page.Locator("main")).ToContainTextAsync("Sarah Jane Morgan");
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
