using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Audit;
using Licensing.Domain.Committee;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Tests.Applications;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Committee;

/// <summary>A member of the panel adjourns an application's hearing; the manager arranges the new one from the application.</summary>
[Collection(BrowserCollection.Name)]
public class AdjournmentJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_member_adjourns_the_hearing_with_reasons_and_the_manager_arranges_a_new_one()
    {
        var (appId, panel) = await ApplicationHearingJourneyTests.AssessedApplicationAsync(Fixture, "Jordan", "Adjournley");
        var hearingId = await ReferredWithHearingAsync(appId, panel);

        var member = await Fixture.SignInAsync("committee3@demo.example");
        await member.GotoAsync($"/hearings/{hearingId}");
        await BrowserFixture.WaitForInteractiveAsync(member);
        await BrowserFixture.AssertAccessibleAsync(member);
        var adjourn = member.GetByRole(AriaRole.Button, new() { Name = "Adjourn the hearing" });
        await adjourn.ClickAsync();
        await Expect(member.Locator(".govuk-error-summary")).ToContainTextAsync("Say why the hearing is adjourned");
        await BrowserFixture.AssertAccessibleAsync(member);
        await member.Locator("#AdjournmentReasons").FillAsync("The applicant is in hospital and asked for a new date.");
        await adjourn.ClickAsync();
        await Expect(member.GetByTestId("hearing-adjourned")).ToContainTextAsync("The applicant is in hospital");
        await Expect(member.GetByRole(AriaRole.Button, new() { Name = "Record the sub-committee's decision" })).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAsync(member);

        var manager = await Fixture.SignInAsync("manager@demo.example");
        await manager.GotoAsync($"/applications/{appId}");
        await BrowserFixture.WaitForInteractiveAsync(manager);
        await Expect(manager.GetByTestId("adjourned-hearing")).ToContainTextAsync("The applicant is in hospital");
        await BrowserFixture.AssertAccessibleAsync(manager);
        await manager.FillDateAsync("HearingOn", LondonTime.DateOf(DateTime.UtcNow).AddDays(14));
        await manager.Locator("#Venue").FillAsync("Committee Room 3, Town Hall");
        for (var i = 0; i < panel.Length; i++) await manager.Locator($"#Member{i}").SelectOptionAsync(panel[i]);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Arrange the hearing" }).ClickAsync();
        await Expect(manager.GetByTestId("hearing")).ToContainTextAsync("Committee Room 3, Town Hall");
        await BrowserFixture.AssertAccessibleAsync(manager);

        using var scope = Fixture.App.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
        var hearings = await db.Hearings.Where(h => h.ApplicationId == appId).ToListAsync();
        Assert.Equal([HearingStatus.Adjourned, HearingStatus.Scheduled], hearings.OrderBy(h => h.HearingOn).Select(h => h.Status));
    }

    /// <summary>The manager's referral and the first hearing, made through the domain: other journeys drive those pages.</summary>
    private async Task<Guid> ReferredWithHearingAsync(Guid appId, string[] panel)
    {
        using var scope = Fixture.App.Services.CreateScope();
        using var system = SystemWork.As(Actor.System("browser-test set-up"));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
        var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
        await ApplicationDecisions.DecideAsync(db, app, new ApplicationDecisionDraft(DecisionOutcome.ReferToSubCommittee, "Members should hear the applicant."),
            ApplicationBuild.Manager, DecisionMaker.AuthorisedOfficer, ApplicationBuild.Options, scope.ServiceProvider.GetRequiredService<IOptions<AuthorityOptions>>().Value);
        var members = panel.Select((id, i) => (id, $"Member {i + 1}")).ToList();
        var hearing = await Hearings.ArrangeForApplicationAsync(db, app, db.Today.AddDays(7), "10:00", "Committee Room 1, Town Hall", members, ApplicationBuild.Options);
        await db.SaveChangesAsync();
        return hearing.Id;
    }
}
