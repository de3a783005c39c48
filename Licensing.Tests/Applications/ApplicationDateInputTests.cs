using Bunit;
using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Jobs.Partners;
using Licensing.Domain.Policy;
using Licensing.Domain.Register;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Applications;
using Licensing.Web.Features.Policy;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Licensing.Tests.Applications;

/// <summary>
/// Dates on the application and policy forms are GOV.UK date inputs (day, month and year boxes), not the
/// browser's date picker: a date missing a part or not real is shown in the error summary and beside the
/// field, linked to the first box at fault, and nothing is saved.
/// </summary>
public class ApplicationDateInputTests : PageTestContext
{
    private readonly Guid personId;

    public ApplicationDateInputTests()
    {
        using (var db = Database.NewContext())
        {
            var person = Build.Person("Dana", "Datewell", licence: null);
            db.People.Add(person);
            db.SaveChanges();
            personId = person.Id;
        }
        Services.AddSingleton(Options.Create(new ApplicationOptions()));
        // The application page's register section needs one; these tests never search.
        Services.AddSingleton(new FederatedSearch(new TestDbFactory(Database), new RegisterIndex(Database.Settings), new PartnerRegisterClient(new HttpClient()), DataProtectionProvider.Create("tests")));
        AsOfficer();
    }

    private IRenderedComponent<NewApplication> NewApplicationPage()
    {
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo($"/applications/new?personId={personId}");
        var cut = Render<NewApplication>();
        cut.WaitForAssertion(() => cut.Find("#ReceivedOn-day"));
        return cut;
    }

    private async Task<LicenceApplication> CheckingApplicationAsync()
    {
        await using var db = Database.NewContext();
        var app = ApplicationBuild.New(await db.People.SingleAsync(p => p.Id == personId), today: db.Today);
        app.StartChecks(db.UtcNow);
        db.Applications.Add(app);
        await db.SaveChangesAsync();
        return (await ApplicationDecisions.LoadAsync(db, app.Id))!;
    }

    [Fact]
    public void The_date_received_is_three_labelled_boxes_showing_today()
    {
        var cut = NewApplicationPage();
        cut.AssertThreeLabelledBoxes("ReceivedOn", "Date received");
        Assert.Equal(["15", "6", "2026"], new[] { "day", "month", "year" }.Select(b => cut.Find($"#ReceivedOn-{b}").GetAttribute("value")));
    }

    [Theory]
    [InlineData("31", "2", "2026", "Date received must be a real date", "day")]
    [InlineData("3", "", "2026", "Date received must include a month", "month")]
    [InlineData("3", "6", "26", "Year must include 4 numbers", "year")]
    public async Task An_application_received_on_a_date_that_is_not_real_or_not_complete_is_not_recorded(string day, string month, string year, string message, string box)
    {
        var cut = NewApplicationPage();
        cut.TypeDate("ReceivedOn", day, month, year);
        cut.Find("form").Submit();

        cut.AssertDateError("ReceivedOn", message, box);
        // Only the box at fault is marked.
        Assert.Single(cut.FindAll("#ReceivedOn .govuk-input--error"));
        Assert.Equal(0, await QueryAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task An_application_is_recorded_with_the_date_typed_in_the_three_boxes()
    {
        var cut = NewApplicationPage();
        cut.TypeDate("ReceivedOn", "3", "6", "2026");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("/applications/", Services.GetRequiredService<NavigationManager>().Uri.Replace("/applications/new", "")));
        Assert.Equal(new DateOnly(2026, 6, 3), await QueryAsync(db => db.Applications.Select(a => a.ReceivedOn).SingleAsync()));
        Assert.Empty(cut.FindAll(".govuk-error-summary"));
    }

    [Fact]
    public async Task A_check_dated_the_31st_of_February_is_not_recorded()
    {
        var app = await CheckingApplicationAsync();
        var cut = Render<ChecksSection>(p => p.Add(x => x.App, app));
        foreach (var (id, legend) in new[] { ("check-CheckedOn", "Date checked"), ("check-IssuedOn", "Date on the document (issue date)"), ("check-ValidUntil", "Valid until (if the document says)") })
            cut.AssertThreeLabelledBoxes(id, legend);

        cut.Find("#check-EvidenceReference").Change("001234567890");
        cut.TypeDate("check-CheckedOn", "31", "2", "2026");
        cut.TypeDate("check-IssuedOn", "1", "", "");
        cut.Find("form").Submit();

        cut.AssertDateError("check-CheckedOn", "Date checked must be a real date", "day");
        cut.AssertDateError("check-IssuedOn", "Date on the document must include a month and year", "month");
        Assert.Equal(0, await QueryAsync(db => db.StatutoryChecks.CountAsync()));
    }

    [Fact]
    public async Task A_check_is_recorded_with_the_dates_typed_in_the_boxes()
    {
        var app = await CheckingApplicationAsync();
        var cut = Render<ChecksSection>(p => p.Add(x => x.App, app));
        cut.Find("#check-Kind").Change(nameof(CheckKind.DvlaLicence));
        cut.AssertThreeLabelledBoxes("check-LicenceHeldSince", "Full licence held since");
        cut.Find("#check-EvidenceReference").Change("DVLA-ABC");
        cut.TypeDate("check-IssuedOn", "10", "6", "2026");
        cut.TypeDate("check-LicenceHeldSince", "1", "6", "2005");
        cut.Find("#check-Points").Change("0");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("#check-EvidenceReference").GetAttribute("value") ?? ""));
        var check = await QueryAsync(db => db.StatutoryChecks.SingleAsync());
        Assert.Equal((new DateOnly(2026, 6, 15), (DateOnly?)new DateOnly(2026, 6, 10), (DateOnly?)new DateOnly(2005, 6, 1)), (check.CheckedOn, check.IssuedOn, check.LicenceHeldSince));
    }

    [Fact]
    public async Task A_conviction_with_a_date_missing_its_year_is_not_recorded()
    {
        var app = await CheckingApplicationAsync();
        var policy = await QueryAsync(db => db.CurrentPolicyAsync());
        var cut = Render<OffencesSection>(p => p.Add(x => x.App, app).Add(x => x.Policy, policy));
        cut.AssertThreeLabelledBoxes("offence-ConvictedOn", "Date of conviction, caution or endorsement");

        cut.Find("#offence-Description").Change("Drink driving");
        cut.Find("#offence-CategoryCode").Change(policy.Rows.First(r => r.Presumption != Presumption.Never).Code);
        cut.TypeDate("offence-ConvictedOn", "15", "1", "");
        cut.Find("form").Submit();

        cut.AssertDateError("offence-ConvictedOn", "Date of conviction, caution or endorsement must include a year", "year");
        Assert.Equal(0, await QueryAsync(db => db.OffenceRecords.CountAsync()));

        cut.TypeDate("offence-ConvictedOn", "15", "1", "2010");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".govuk-error-summary")));
        Assert.Equal(new DateOnly(2010, 1, 15), await QueryAsync(db => db.OffenceRecords.Select(o => o.ConvictedOn).SingleAsync()));
    }

    [Fact]
    public async Task A_policy_version_in_force_from_an_impossible_date_is_not_saved()
    {
        var cut = Render<EditPolicy>();
        cut.WaitForAssertion(() => cut.Find("#EffectiveFrom-day"));
        cut.AssertThreeLabelledBoxes("EffectiveFrom", "In force from");
        var versions = await QueryAsync(db => db.PolicyVersions.CountAsync());

        cut.Find("#Label").Change("Date test 2099");
        cut.TypeDate("EffectiveFrom", "31", "2", "2099");
        cut.Find("form").Submit();
        cut.AssertDateError("EffectiveFrom", "In force from date must be a real date", "day");

        cut.TypeDate("EffectiveFrom", "", "", "");
        cut.Find("form").Submit();
        cut.AssertDateError("EffectiveFrom", "Enter the date the new version is in force from", "day");
        Assert.Equal(versions, await QueryAsync(db => db.PolicyVersions.CountAsync()));

        cut.TypeDate("EffectiveFrom", "1", "1", "2099");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Contains("Version Date test 2099 saved", cut.Find(".govuk-notification-banner").TextContent));
        Assert.Equal(new DateOnly(2099, 1, 1), await QueryAsync(db => db.PolicyVersions.Where(v => v.Label == "Date test 2099").Select(v => v.EffectiveFrom).SingleAsync()));
    }

    [Fact]
    public async Task Representations_received_on_an_impossible_date_are_not_recorded()
    {
        Guid appId;
        await using (var db = Database.NewContext())
        {
            var app = ApplicationBuild.Assessed(await db.People.SingleAsync(p => p.Id == personId), db.Today, Recommendation.ReferToSubCommittee);
            db.Applications.Add(app);
            await ApplicationDecisions.DecideAsync(db, app, new ApplicationDecisionDraft(DecisionOutcome.ReferToSubCommittee, "Finely balanced"),
                ApplicationBuild.Manager, DecisionMaker.AuthorisedOfficer, ApplicationBuild.Options, Authority);
            await db.SaveChangesAsync();
            appId = app.Id;
        }
        var cut = Render<ApplicationPage>(p => p.Add(x => x.Id, appId));
        cut.WaitForAssertion(() => cut.Find("#RepresentationsReceivedOn-day"));
        cut.AssertThreeLabelledBoxes("RepresentationsReceivedOn", "Date received");

        cut.Find("#Representations").Change("I have changed since then.");
        cut.TypeDate("RepresentationsReceivedOn", "31", "2", "2026");
        cut.FindAll("button").Single(b => b.TextContent == "Record representations").Click();
        cut.AssertDateError("RepresentationsReceivedOn", "Date received must be a real date", "day");
        Assert.Null(await QueryAsync(db => db.Applications.Where(a => a.Id == appId).Select(a => a.RepresentationsReceivedOn).SingleAsync()));

        cut.TypeDate("RepresentationsReceivedOn", "12", "6", "2026");
        cut.FindAll("button").Single(b => b.TextContent == "Record representations").Click();
        cut.WaitForAssertion(() => Assert.Contains("Received 12 June 2026", cut.Find("[data-testid=representations]").TextContent));
    }
}
