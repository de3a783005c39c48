using Licensing.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Licensing.Tests.Jobs;

[Collection(BrowserCollection.Name)]
public class JobsPagesBrowserTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_scheduler_dashboard_is_refused_to_a_manager_and_opens_for_the_administrator()
    {
        var manager = await Fixture.SignInAsync("manager@demo.example");
        var refused = await manager.Context.APIRequest.GetAsync("/hangfire", new() { MaxRedirects = 0 });
        Assert.NotEqual(200, refused.Status);
        await manager.GotoAsync("/hangfire");
        Assert.Contains("/access-denied", manager.Url);
        await BrowserFixture.AssertAccessibleAsync(manager);

        var admin = await Fixture.SignInAsync("admin@demo.example");
        var response = await admin.GotoAsync("/hangfire");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(admin.Locator("body")).ToContainTextAsync("Licensing background jobs");
        await BrowserFixture.AssertAccessibleAsync(admin);
    }

    [Fact]
    public async Task A_manager_sees_each_job_with_what_it_last_did_and_can_run_one_now()
    {
        var page = await Fixture.SignInAsync("manager@demo.example");
        await page.GotoAsync("/admin/jobs");
        foreach (var title in new[] { "Licences expire", "Decisions take effect", "Licence expiry reminders", "DBS Update Service checks", "Retention review" })
            await Assertions.Expect(page.GetByTestId("jobs")).ToContainTextAsync(title);
        await Assertions.Expect(page.Locator("[data-job='expiry-reminders'] [data-testid=summary]")).ToContainTextAsync("reminders sent");
        await Assertions.Expect(page.GetByTestId("escalations")).ToContainTextAsync("DBS Update Service check due");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Run now – Retention review" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("job-message")).ToContainTextAsync("“Retention review” has been queued");
    }

    [Fact]
    public async Task An_officer_closes_a_task_and_it_leaves_the_list()
    {
        var page = await Fixture.SignInAsync("officer@demo.example");
        await page.GotoAsync("/tasks");
        await BrowserFixture.AssertAccessibleAsync(page);
        var tasks = page.GetByTestId("tasks");
        var first = tasks.Locator("tbody tr").First;
        var title = (await first.Locator("a").TextContentAsync())!;
        await first.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.GetByText(title, new() { Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_officer_cannot_open_the_jobs_page()
    {
        var page = await Fixture.SignInAsync("officer@demo.example");
        await page.GotoAsync("/admin/jobs");
        Assert.Contains("/access-denied", page.Url);
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
