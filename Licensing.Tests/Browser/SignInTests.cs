using Licensing.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Licensing.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_wrong_password_shows_an_error_and_does_not_sign_in()
    {
        var page = await Fixture.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Contains("/sign-in", page.Url);
        await page.GetByLabel("Email address").FillAsync("officer@demo.example");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a correct email address and password");
        Assert.Contains("/sign-in", page.Url);
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task An_officer_signs_in_and_sees_their_name()
    {
        var page = await Fixture.SignInAsync("officer@demo.example");
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Olivia Officer");
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
