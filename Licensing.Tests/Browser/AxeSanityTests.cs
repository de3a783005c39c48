using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Browser;

/// <summary>The accessibility scan and the bookkeeping that makes every browser test run it are themselves tested.</summary>
[Collection(BrowserCollection.Name)]
public class AxeSanityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_accessibility_check_fails_a_page_with_a_serious_violation()
    {
        var page = await Fixture.NewPageAsync();
        await page.SetContentAsync("<html lang=\"en\"><head><title>t</title></head><body><main><h1>Form</h1><input type=\"text\"></main></body></html>");
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => BrowserFixture.AssertAccessibleAsync(page));
        Assert.Contains("label", failure.Message);
    }

    [Fact]
    public async Task A_page_reached_in_the_browser_counts_as_unscanned_until_it_is_scanned()
    {
        var page = await Fixture.NewPageAsync();
        await page.GotoAsync("/sign-in?ReturnUrl=%2Fcases%2F0191e9a4-0000-7000-8000-000000000001");
        Assert.Contains(Fixture.Unscanned(), u => u.StartsWith("/sign-in "));
        await BrowserFixture.AssertAccessibleAsync(page);
        Assert.Empty(Fixture.Unscanned());
    }

    [Fact]
    public void A_route_collapses_ids_so_each_page_is_counted_once()
    {
        Assert.Equal("/cases/{id}", PagesReached.RouteOf("http://127.0.0.1:5000/cases/0191e9a4-1c2d-7000-8000-00000000abcd?tab=2"));
        Assert.Equal("/admin/notice-templates/Revocation", PagesReached.RouteOf("http://127.0.0.1:5000/admin/notice-templates/Revocation"));
        Assert.Equal("/hangfire/jobs/details/{id}", PagesReached.RouteOf("http://127.0.0.1:5000/hangfire/jobs/details/42"));
        Assert.Null(PagesReached.RouteOf("about:blank"));
    }

    [Fact]
    public void A_test_that_ends_with_an_unscanned_page_fails_and_names_the_page()
    {
        var ledger = new PagesReached("SomeJourneyTests");
        ledger.Reached("http://127.0.0.1:5000/cases/0191e9a4-1c2d-7000-8000-00000000abcd");
        ledger.Reached("http://127.0.0.1:5000/cases");
        ledger.Scanned("http://127.0.0.1:5000/cases");
        var failure = Assert.ThrowsAny<Exception>(ledger.AssertEveryPageScanned);
        Assert.Contains("SomeJourneyTests", failure.Message);
        Assert.Contains("/cases/{id}", failure.Message);
        ledger.Exempt("http://127.0.0.1:5000/cases/0191e9a4-1c2d-7000-8000-00000000abcd", "a test of the ledger itself");
        ledger.AssertEveryPageScanned();
    }

    /// <summary>Pages come only from the fixture, which watches them; a test that launched a browser of its own would escape the check.</summary>
    [Fact]
    public void No_test_launches_a_browser_of_its_own()
    {
        var tests = Path.Combine(Data.MigrationTests.RepositoryRoot(), "Licensing.Tests");
        var own = Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => !f.EndsWith("BrowserFixture.cs") && !f.EndsWith("AxeSanityTests.cs") && File.ReadAllText(f) is var text && (text.Contains("Playwright.CreateAsync") || text.Contains(".LaunchAsync(") || text.Contains(".NewContextAsync(")))
            .Select(Path.GetFileName).ToList();
        Assert.Empty(own);
    }
}
