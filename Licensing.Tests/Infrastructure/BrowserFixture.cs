using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Licensing.Tests.Infrastructure;

/// <summary>One running app and one headless Debian Chromium shared by the browser tests of a collection.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public AppHost App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright playwright = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath}: run ./test.sh (as root it installs it) or `apt-get install chromium`.");
        App = new AppHost().Start();
        playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(playwright);
    }

    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        // CI shares two cores between the app, Chromium and the test host: wait longer than Playwright's
        // 5-second default before calling an expectation failed (a real failure still fails, only later).
        Assertions.SetDefaultExpectTimeout(20_000);
        return Launch(playwright);
    }

    private static Task<IBrowser> Launch(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = ChromiumPath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    /// <summary>A fresh browser context (its own cookies) signed in as the given demo user.</summary>
    public async Task<IPage> SignInAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Licensing.Web.Hosting.DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/sign-in"));
        return page;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = App.BaseUrl });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Interactive pages render disabled controls until the circuit attaches; wait for it.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('[data-interactive=\"true\"]') !== null");

    /// <summary>
    /// WCAG 2.2 AA: an axe-core scan of the page as it stands, failing on any serious or critical
    /// violation. Every browser journey calls it on the pages it reaches.
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")));
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
