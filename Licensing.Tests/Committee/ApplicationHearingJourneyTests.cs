using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Licensing.Domain.Policy;
using Licensing.Tests.Applications;
using Licensing.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Committee;

/// <summary>A manager refers an application, arranges its hearing, and a member of the panel records the sub-committee's refusal.</summary>
[Collection(BrowserCollection.Name)]
public class ApplicationHearingJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>An application assessed by an officer, recommending referral, for an applicant no other test uses; and the three members to sit.</summary>
    internal static async Task<(Guid AppId, string[] Panel)> AssessedApplicationAsync(BrowserFixture fixture, string forenames, string surname)
    {
        using var scope = fixture.App.Services.CreateScope();
        using var system = SystemWork.As(Actor.System("browser-test set-up"));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
        var person = Person.Create(new PersonDetails(forenames, surname, [], new DateOnly(1979, 2, 3), null, null, new Address("7 Mill Lane", null, "Eastbrook", "EB2 3CE"), null, null, null), db.Today);
        db.People.Add(person);
        var app = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.New, LicenceType.PrivateHireDriver, db.Today.AddDays(-3)), person, null,
            await db.NextApplicationReferenceAsync(), ApplicationBuild.Officer, db.UtcNow, db.Today);
        app.StartChecks(db.UtcNow);
        ApplicationBuild.RecordAllChecks(app, db.Today);
        app.MarkReadyForAssessment(db.UtcNow);
        app.RecordAssessment("Candid about a complaint from a previous employer; members should hear him.", Recommendation.ReferToSubCommittee, null, null,
            app.Suitability(await db.CurrentPolicyAsync(), db.Today), ApplicationBuild.Officer, db.UtcNow);
        db.Applications.Add(app);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var panel = new List<string>();
        foreach (var email in new[] { "committee2@demo.example", "committee3@demo.example", "committee4@demo.example" })
            panel.Add((await users.FindByEmailAsync(email))!.Id);
        return (app.Id, panel.ToArray());
    }

    [Fact]
    public async Task A_referred_application_is_heard_and_refused_by_the_sub_committee_and_the_application_shows_it()
    {
        var (appId, panel) = await AssessedApplicationAsync(Fixture, "Robin", "Heardwell");
        var manager = await Fixture.SignInAsync("manager@demo.example");
        await manager.GotoAsync($"/applications/{appId}/decide");
        await BrowserFixture.WaitForInteractiveAsync(manager);
        await BrowserFixture.AssertAccessibleAsync(manager);
        await manager.Locator("#Outcome-ReferToSubCommittee").CheckAsync();
        await manager.Locator("#Reasons").FillAsync("Disputed account of why he left his last driving job: members should hear him.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await BrowserFixture.WaitToLeaveAsync(manager, u => u.EndsWith("/decide"));
        await Expect(manager.GetByTestId("application-status")).ToHaveTextAsync("Referred to sub-committee");
        await BrowserFixture.WaitForInteractiveAsync(manager);

        await manager.FillDateAsync("HearingOn", LondonTime.DateOf(DateTime.UtcNow));
        for (var i = 0; i < panel.Length; i++) await manager.Locator($"#Member{i}").SelectOptionAsync(panel[i]);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Arrange the hearing" }).ClickAsync();
        await Expect(manager.GetByTestId("hearing")).ToContainTextAsync("Committee Room 1, Town Hall");
        await BrowserFixture.AssertAccessibleAsync(manager);
        // The decide page no longer takes the sub-committee's decision: it points to the hearing.
        await manager.GotoAsync($"/applications/{appId}/decide");
        await Expect(manager.GetByRole(AriaRole.Link, new() { Name = "Open the hearing" })).ToBeVisibleAsync();
        await Expect(manager.GetByRole(AriaRole.Button, new() { Name = "Record the decision" })).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAsync(manager);

        // committee@demo.example is left off the panel: other journeys count and open the hearings they sit on.
        var member = await Fixture.SignInAsync("committee3@demo.example");
        await member.GotoAsync("/hearings");
        await BrowserFixture.WaitForInteractiveAsync(member);
        await BrowserFixture.AssertAccessibleAsync(member);
        await member.Locator("tr", new() { HasText = "Heardwell" }).Locator("a[href^='/hearings/']").ClickAsync();
        await Expect(member.GetByTestId("hearing-matter")).ToContainTextAsync("Application APP-");
        await Expect(member.Locator("main")).ToContainTextAsync("Referred to the sub-committee by Maya Manager");
        await BrowserFixture.AssertAccessibleAsync(member);
        await member.Locator("#attended-yes").CheckAsync();
        await member.Locator("#Submissions").FillAsync("Says he left after a dispute about pay, not a complaint.");
        await member.Locator("#Findings").FillAsync("We find he was dismissed after a passenger's complaint of rudeness, which he did not mention.");
        await member.Locator("#Outcome-Refuse").CheckAsync();
        await member.Locator("#Reasons").FillAsync("His lack of candour means we cannot be satisfied he is fit and proper.");
        await member.Locator("#Grounds").SelectOptionAsync("Other");
        await member.GetByRole(AriaRole.Button, new() { Name = "Record the sub-committee's decision" }).ClickAsync();
        await Expect(member.GetByTestId("hearing-decision")).ToContainTextAsync("Refused");
        await BrowserFixture.AssertAccessibleAsync(member);

        await manager.GotoAsync($"/applications/{appId}");
        await Expect(manager.GetByTestId("application-status")).ToHaveTextAsync("Refused");
        await Expect(manager.GetByTestId("decision-summary")).ToContainTextAsync("Licensing sub-committee");
        await Expect(manager.Locator("main")).ToContainTextAsync("Findings: We find he was dismissed");
        await BrowserFixture.AssertAccessibleAsync(manager);
    }
}
