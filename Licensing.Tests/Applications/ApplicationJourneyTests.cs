using Licensing.Domain.Applications;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Applications;

/// <summary>An officer takes applications from receipt to a manager's decision in the browser.</summary>
[Collection(BrowserCollection.Name)]
public class ApplicationJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private async Task<T> WithDatabaseAsync<T>(Func<LicensingDbContext, Task<T>> work)
    {
        using var scope = Fixture.App.Services.CreateScope();
        using var system = SystemWork.As(Actor.System("browser-test set-up"));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
        return await work(db);
    }

    /// <summary>A new applicant with a unique name, so no other test's records match them on the register.</summary>
    private Task<Guid> NewApplicantAsync(string surname) => WithDatabaseAsync(async db =>
    {
        var person = Person.Create(new PersonDetails("Jordan", surname, [], new DateOnly(1981, 3, 9), null, null, new Address("5 Mill Lane", null, "Eastbrook", "EB2 3CD"), null, null, null), db.Today);
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    });

    private static async Task RecordCheckAsync(IPage page, CheckKind kind, string evidence, DateOnly issued, Func<Task>? extra = null)
    {
        await page.Locator("#check-Kind").SelectOptionAsync(kind.ToString());
        await page.Locator("#check-EvidenceReference").FillAsync(evidence);
        await page.FillDateAsync("check-IssuedOn", issued);
        if (extra is not null) await extra();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record check" }).ClickAsync();
        await Expect(page.Locator("#check-EvidenceReference")).ToHaveValueAsync("");
    }

    private async Task<string> ReceiveAndCheckAsync(IPage page, Guid personId)
    {
        await page.GotoAsync($"/applications/new?personId={personId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Locator("#LicenceType").SelectOptionAsync(nameof(LicenceType.PrivateHireDriver));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record application" }).ClickAsync();
        await BrowserFixture.WaitToLeaveAsync(page, u => u.Contains("/new"));
        var url = page.Url;
        await Expect(page.GetByTestId("application-status")).ToHaveTextAsync("Received");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Start checks" }).ClickAsync();
        await Expect(page.GetByTestId("application-status")).ToHaveTextAsync("Checks in progress");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await RecordCheckAsync(page, CheckKind.EnhancedDbs, "001234567890", today.AddDays(-5), () => page.Locator("#check-BarredListsChecked").CheckAsync());
        await RecordCheckAsync(page, CheckKind.DbsUpdateService, "C1234567", today.AddDays(-1));
        await RecordCheckAsync(page, CheckKind.DvlaLicence, "DVLA-ABC", today.AddDays(-1), async () =>
        {
            await page.FillDateAsync("check-LicenceHeldSince", new DateOnly(2005, 6, 1));
            await page.Locator("#check-Points").FillAsync("0");
        });
        foreach (var kind in new[] { CheckKind.Group2Medical, CheckKind.RightToWork, CheckKind.SafeguardingTraining, CheckKind.KnowledgeTest, CheckKind.OverseasCriminalRecord })
            await RecordCheckAsync(page, kind, $"EV-{kind}", today.AddDays(-3));

        await page.GetByRole(AriaRole.Button, new() { Name = "Search the register" }).ClickAsync();
        await Expect(page.GetByTestId("register-no-match")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("required-checks")).Not.ToContainTextAsync("Missing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ready for assessment" }).ClickAsync();
        await Expect(page.GetByTestId("application-status")).ToHaveTextAsync("Ready for assessment");
        await BrowserFixture.AssertAccessibleAsync(page);
        return url;
    }

    private static async Task AssessAsync(IPage page, string url, string recommendation, string text)
    {
        await page.GotoAsync(url + "/assess");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Expect(page.GetByTestId("fit-and-proper")).ToContainTextAsync("travel alone");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Locator("#Assessment").FillAsync(text);
        await page.Locator($"#Recommendation-{recommendation}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record assessment" }).ClickAsync();
        await BrowserFixture.WaitToLeaveAsync(page, u => u.EndsWith("/assess"));
        await Expect(page.GetByTestId("application-status")).ToHaveTextAsync("Assessed");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task An_officer_takes_a_new_private_hire_driver_application_from_receipt_through_checks_to_a_managers_grant()
    {
        var personId = await NewApplicantAsync("Grantwell");
        var officer = await Fixture.SignInAsync("officer@demo.example");
        var url = await ReceiveAndCheckAsync(officer, personId);
        await AssessAsync(officer, url, "Grant", "Clean enhanced DBS, twenty years' driving, no convictions. Yes, I would.");

        var manager = await Fixture.SignInAsync("manager@demo.example");
        await manager.GotoAsync(url + "/decide");
        await BrowserFixture.WaitForInteractiveAsync(manager);
        await Expect(manager.GetByTestId("fit-and-proper")).ToBeVisibleAsync();
        await Expect(manager.GetByTestId("policy-verdict")).ToContainTextAsync("No bar under the policy");
        await BrowserFixture.AssertAccessibleAsync(manager);
        await manager.Locator("#Reasons").FillAsync("Fit and proper on the evidence; every statutory check is in order.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await BrowserFixture.WaitToLeaveAsync(manager, u => u.EndsWith("/decide"));
        await Expect(manager.GetByTestId("application-status")).ToHaveTextAsync("Granted");
        await BrowserFixture.AssertAccessibleAsync(manager);
        await Expect(manager.GetByTestId("granted-licence")).ToContainTextAsync("badge");
        await Expect(manager.GetByTestId("decision-summary")).ToContainTextAsync("Maya Manager");

        await manager.GotoAsync($"/licensees/{personId}");
        await Expect(manager.Locator("main")).ToContainTextAsync("private hire driver licence — granted");
        await Expect(manager.Locator("main")).ToContainTextAsync("statutory check");
        await BrowserFixture.AssertAccessibleAsync(manager);

        var (licences, notices, policyVersion) = await WithDatabaseAsync(async db => (
            await db.Licences.CountAsync(l => l.HolderId == personId),
            await db.Notices.CountAsync(n => n.PersonId == personId),
            await db.Decisions.Where(d => d.PersonId == personId).Select(d => d.PolicyVersion).SingleAsync()));
        Assert.Equal(1, licences);
        Assert.Equal(1, notices);
        Assert.Equal("2018-IoL-1", policyVersion);
    }

    [Fact]
    public async Task A_date_received_that_is_not_a_real_date_is_reported_in_the_error_summary_and_nothing_is_recorded()
    {
        var personId = await NewApplicantAsync("Datewell");
        var officer = await Fixture.SignInAsync("officer@demo.example");
        await officer.GotoAsync($"/applications/new?personId={personId}");
        await BrowserFixture.WaitForInteractiveAsync(officer);
        await Expect(officer.GetByRole(AriaRole.Group, new() { Name = "Date received" }).GetByLabel("Month")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^(1[0-2]|[1-9])$")); // today, ready to change

        await officer.FillDateAsync("ReceivedOn", "31", "2", "2026");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record application" }).ClickAsync();
        var summary = officer.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("Date received must be a real date");
        // The page's own address, query included: a bare "#id" resolves against <base href="/"> to the home page.
        await Expect(summary.Locator("a")).ToHaveAttributeAsync("href", $"/applications/new?personId={personId}#ReceivedOn-day");
        await Expect(officer.Locator("#ReceivedOn-error")).ToContainTextAsync("Date received must be a real date");
        await BrowserFixture.AssertAccessibleAsync(officer);
        Assert.Equal(0, await WithDatabaseAsync(db => db.Applications.CountAsync(a => a.PersonId == personId)));

        await officer.FillDateAsync("ReceivedOn", "27", "2", "2026");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record application" }).ClickAsync();
        await BrowserFixture.WaitToLeaveAsync(officer, u => u.Contains("/new"));
        await BrowserFixture.AssertAccessibleAsync(officer);
        Assert.Equal(new DateOnly(2026, 2, 27), await WithDatabaseAsync(db => db.Applications.Where(a => a.PersonId == personId).Select(a => a.ReceivedOn).SingleAsync()));
    }

    [Fact]
    public async Task A_conviction_in_a_never_category_leads_to_refusal()
    {
        var personId = await NewApplicantAsync("Refusewell");
        var officer = await Fixture.SignInAsync("officer@demo.example");
        var url = await ReceiveAndCheckAsync(officer, personId);

        await officer.GetByRole(AriaRole.Button, new() { Name = "Reopen checks" }).ClickAsync();
        await Expect(officer.GetByTestId("application-status")).ToHaveTextAsync("Checks in progress");
        await officer.GetByText("Record a conviction, caution, endorsement or other information").ClickAsync();
        await officer.Locator("#offence-Kind").SelectOptionAsync("Conviction");
        await officer.Locator("#offence-Description").FillAsync("Sexual assault");
        await officer.Locator("#offence-CategoryCode").SelectOptionAsync("sexual-indecency");
        await officer.FillDateAsync("offence-OffenceOn", new DateOnly(2009, 6, 2));
        await officer.FillDateAsync("offence-ConvictedOn", new DateOnly(2010, 1, 15));
        await officer.FillDateAsync("offence-SentenceEndsOn", new DateOnly(2011, 7, 15));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).ClickAsync();
        await Expect(officer.GetByTestId("offences")).ToContainTextAsync("Refuse: never eligible");
        await Expect(officer.GetByTestId("policy-verdict")).ToContainTextAsync("Refuse: never eligible under the policy");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Ready for assessment" }).ClickAsync();
        await Expect(officer.GetByTestId("application-status")).ToHaveTextAsync("Ready for assessment");
        await AssessAsync(officer, url, "Refuse", "Convicted of sexual assault: the policy says never, and nothing exceptional. No, I would not.");

        var manager = await Fixture.SignInAsync("manager@demo.example");
        await manager.GotoAsync(url + "/decide");
        await BrowserFixture.WaitForInteractiveAsync(manager);
        await manager.Locator("#Outcome-Grant").CheckAsync();
        await manager.Locator("#Reasons").FillAsync("Trying a grant");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Expect(manager.Locator(".govuk-error-summary")).ToContainTextAsync("never eligible");
        await BrowserFixture.AssertAccessibleAsync(manager);

        await manager.Locator("#Outcome-Refuse").CheckAsync();
        await manager.Locator("#Reasons").FillAsync("Convicted of sexual assault in 2010. The policy presumes refusal without limit of time and nothing outweighs it.");
        await manager.Locator("#Grounds").SelectOptionAsync("SexualMisconduct");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await BrowserFixture.WaitToLeaveAsync(manager, u => u.EndsWith("/decide"));
        await Expect(manager.GetByTestId("application-status")).ToHaveTextAsync("Refused");
        await BrowserFixture.AssertAccessibleAsync(manager);
        await Expect(manager.GetByTestId("decision-summary")).ToContainTextAsync("Refused by Maya Manager");
        Assert.Equal(0, await WithDatabaseAsync(db => db.Licences.CountAsync(l => l.HolderId == personId)));
        Assert.Equal(1, await WithDatabaseAsync(db => db.Notices.CountAsync(n => n.PersonId == personId && n.Kind == Domain.Notices.NoticeKind.Refusal)));
    }
}
