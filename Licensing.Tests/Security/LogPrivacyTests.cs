using Licensing.Tests.Infrastructure;
using Licensing.Web.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Security;

[Collection(BrowserCollection.Name)]
public class LogPrivacyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_full_officer_journey_leaves_no_personal_data_in_the_logs()
    {
        var page = await Fixture.SignInAsync("officer@demo.example");
        await BrowserFixture.FindLicenseeAsync(page, "Morgan");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sarah Jane Morgan" }).ClickAsync();
        await Expect(page.GetByTestId("identity-bar")).ToContainTextAsync("MORGA657054SJ9IJ");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync("officer@demo.example");
        await page.GetByLabel("Password").FillAsync("a wrong password for the log check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var sarah = DemoData.SarahMorgan;
        string[] personal = [sarah.Surname, sarah.Forenames, sarah.DrivingLicenceNumber!, sarah.NationalInsuranceNumber!, sarah.Email!, sarah.Phone!, "KX19", "a wrong password"];
        var lines = Fixture.App.Logs.Lines.ToArray();
        Assert.NotEmpty(lines);
        var leaks = lines.Where(l => personal.Any(p => l.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, "Personal data in the logs:\n" + string.Join("\n", leaks.Take(5)));
    }
}
