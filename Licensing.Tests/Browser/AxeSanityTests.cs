using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AxeSanityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_accessibility_check_fails_a_page_with_a_serious_violation()
    {
        var page = await fixture.NewPageAsync();
        await page.SetContentAsync("<html lang=\"en\"><head><title>t</title></head><body><main><h1>Form</h1><input type=\"text\"></main></body></html>");
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => BrowserFixture.AssertAccessibleAsync(page));
        Assert.Contains("label", failure.Message);
    }
}
