using Licensing.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class LicenseeJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("kx19abc")]
    [InlineData(" KX 19ab C ")]
    public async Task An_officer_finds_a_driver_by_vehicle_registration_however_it_is_typed_and_opens_their_record(string typed)
    {
        var page = await Fixture.SignInAsync("officer@demo.example");
        await BrowserFixture.FindLicenseeAsync(page, typed);

        await Expect(page.GetByTestId("results")).ToContainTextAsync("KX19 ABC");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sarah Jane Morgan" }).ClickAsync();

        var identity = page.GetByTestId("identity-bar");
        await Expect(identity).ToContainTextAsync("Sarah Jane Morgan");
        await Expect(identity).ToContainTextAsync("5 July 1964");
        await Expect(identity).ToContainTextAsync("MORGA657054SJ9IJ");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "PH0001" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        // Back to the results, which the tab remembers without the search text in the address.
        await page.GoBackAsync();
        await Expect(page.GetByTestId("results")).ToContainTextAsync("Sarah Jane Morgan");
        await Expect(page.GetByLabel("Name or number")).ToHaveValueAsync(typed.Trim());
        Assert.EndsWith("/licensees", page.Url);
    }

    [Fact]
    public async Task An_officer_pages_through_a_name_and_date_of_birth_search_without_either_reaching_the_address()
    {
        var page = await Fixture.SignInAsync("officer@demo.example");
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        // A one-letter search finds more than a page of the demo licensees.
        await BrowserFixture.FindLicenseeAsync(page, "a");
        var firstOnPage1 = await page.GetByTestId("results").Locator("tbody tr").First.InnerTextAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(page.Locator(".govuk-pagination [aria-current=page]")).ToHaveTextAsync("2");
        await Expect(page.GetByTestId("results").Locator("tbody tr").First).Not.ToHaveTextAsync(firstOnPage1);
        await BrowserFixture.AssertAccessibleAsync(page);
        Assert.EndsWith("/licensees", page.Url);

        await page.GetByLabel("Name or number").FillAsync("morgan");
        await page.Locator("#DateOfBirth-day").FillAsync("5");
        await page.Locator("#DateOfBirth-month").FillAsync("7");
        await page.Locator("#DateOfBirth-year").FillAsync("1964");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("1 person found");
        await Expect(page.GetByTestId("results")).ToContainTextAsync("Sarah Jane Morgan");

        Assert.EndsWith("/licensees", page.Url);

        // An old link with the name in it leaves the address bare and searches for nothing.
        await page.GotoAsync("/licensees?q=morgan&dob=1964-07-05");
        await BrowserFixture.ExpectAddressAsync(page, "/licensees$");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Expect(page.GetByTestId("result-count")).ToHaveCountAsync(0);
        requested.RemoveAll(u => u.EndsWith("/licensees?q=morgan&dob=1964-07-05"));
        var leaked = requested.Where(u => u.Contains("morgan", StringComparison.OrdinalIgnoreCase) || u.Contains("1964") || u.Contains("q=")).ToList();
        Assert.True(leaked.Count == 0, "Search text in a requested address: " + string.Join(", ", leaked));
    }

    [Fact]
    public async Task A_committee_member_is_refused_the_officers_licensee_search()
    {
        var page = await Fixture.SignInAsync("committee@demo.example");
        await page.GotoAsync("/licensees");
        await Expect(page.Locator("h1")).ToHaveTextAsync("You do not have access to this page");
        await Expect(page.GetByLabel("Name or number")).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task An_officer_changes_a_phone_number_and_the_change_appears_on_the_timeline()
    {
        var page = await Fixture.SignInAsync("officer@demo.example");
        await BrowserFixture.FindLicenseeAsync(page, "kx19abc");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sarah Jane Morgan" }).ClickAsync();
        await Expect(page.GetByTestId("identity-bar")).ToContainTextAsync("Sarah Jane Morgan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change phone" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Change personal details");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Phone (optional)").FillAsync("01632 960777");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Personal details saved");
        var latest = page.GetByTestId("timeline").Locator(".moj-timeline__item").First;
        await Expect(latest).ToContainTextAsync("Personal details changed");
        await Expect(latest).ToContainTextAsync("by Olivia Officer");
        await Expect(latest).ToContainTextAsync("Phone: 07700 900123 → 01632 960777");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_malformed_driving_licence_number_is_linked_from_the_error_summary_and_nothing_is_saved()
    {
        var page = await Fixture.SignInAsync("officer@demo.example");
        await page.GotoAsync("/licensees/new");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("Forenames").FillAsync("Testy");
        await page.GetByLabel("Surname", new() { Exact = true }).FillAsync("Malformedson");
        await page.Locator("#DateOfBirth-day").FillAsync("1");
        await page.Locator("#DateOfBirth-month").FillAsync("2");
        await page.Locator("#DateOfBirth-year").FillAsync("1980");
        await page.GetByLabel("Driving licence number (optional)").FillAsync("MALFO12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        var link = summary.GetByRole(AriaRole.Link, new() { Name = "Driving licence number must be 16 characters" });
        await Expect(link).ToHaveAttributeAsync("href", "/licensees/new#DrivingLicenceNumber");
        await Expect(page.Locator("#DrivingLicenceNumber-error")).ToContainTextAsync("must be 16 characters");
        Assert.Contains("/licensees/new", page.Url);
        await BrowserFixture.AssertAccessibleAsync(page);

        await BrowserFixture.FindLicenseeAsync(page, "Malformedson");
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("0 people found");
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
