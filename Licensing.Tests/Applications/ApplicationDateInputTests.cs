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
public class ApplicationDateInputTests : BunitContext
{
    private readonly TestDatabase database = new();
    private readonly Guid personId;

    private sealed class Factory(TestDatabase database) : IDbContextFactory<LicensingDbContext>
    {
        public LicensingDbContext CreateDbContext() => database.NewContext();
    }

    public ApplicationDateInputTests()
    {
        using (var db = database.NewContext())
        {
            var person = Build.Person("Dana", "Datewell", licence: null);
            db.People.Add(person);
            db.SaveChanges();
            personId = person.Id;
        }
        Services.AddSingleton<IDbContextFactory<LicensingDbContext>>(new Factory(database));
        Services.AddSingleton(Options.Create(new AuthorityOptions { Name = "Eastbrook Borough Council", Code = "E07000901" }));
        Services.AddSingleton(Options.Create(new ApplicationOptions()));
        Services.AddSingleton<TimeProvider>(database.Clock);
        Services.AddSingleton<IActorSource>(new FixedActor(database.Actor));
        // The application page's register section needs one; these tests never search.
        Services.AddSingleton(new FederatedSearch(new Factory(database), new RegisterIndex(database.Settings), new PartnerRegisterClient(new HttpClient()), DataProtectionProvider.Create("tests")));
        AddAuthorization().SetAuthorized("Olivia Officer");
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) database.Dispose();
        base.Dispose(disposing);
    }

    private static void TypeDate<T>(IRenderedComponent<T> cut, string id, string day, string month, string year) where T : IComponent
    {
        cut.Find($"#{id}-day").Change(day);
        cut.Find($"#{id}-month").Change(month);
        cut.Find($"#{id}-year").Change(year);
    }

    private static void AssertThreeLabelledBoxes<T>(IRenderedComponent<T> cut, string id, string legend) where T : IComponent
    {
        var group = cut.Find($"#{id}").Closest("fieldset")!;
        Assert.Equal(legend, group.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal(["Day", "Month", "Year"], new[] { "day", "month", "year" }.Select(b => cut.Find($"label[for='{id}-{b}']").TextContent.Trim()));
        Assert.All(new[] { "day", "month", "year" }, b => Assert.Equal("text", cut.Find($"#{id}-{b}").GetAttribute("type")));
        Assert.Empty(cut.FindAll("input[type=date]"));
    }

    /// <summary>The summary's messages and where they link, and the message shown beside the field.</summary>
    private static void AssertDateError<T>(IRenderedComponent<T> cut, string id, string message, string box) where T : IComponent
    {
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll(".govuk-error-summary__list a"),
            a => a.TextContent == message && a.GetAttribute("href")!.EndsWith($"#{id}-{box}")));
        Assert.Contains(message, cut.Find($"#{id}-error").TextContent);
        Assert.Contains($"{id}-error", cut.Find($"#{id}").Closest("fieldset")!.GetAttribute("aria-describedby"));
        Assert.Contains("govuk-input--error", cut.Find($"#{id}-{box}").ClassName);
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
        await using var db = database.NewContext();
        var app = ApplicationBuild.New(await db.People.SingleAsync(p => p.Id == personId), today: db.Today);
        app.StartChecks(db.UtcNow);
        db.Applications.Add(app);
        await db.SaveChangesAsync();
        return (await ApplicationDecisions.LoadAsync(db, app.Id))!;
    }

    private async Task<T> CountAsync<T>(Func<LicensingDbContext, Task<T>> query)
    {
        await using var db = database.NewContext();
        return await query(db);
    }

    [Fact]
    public void The_date_received_is_three_labelled_boxes_showing_today()
    {
        var cut = NewApplicationPage();
        AssertThreeLabelledBoxes(cut, "ReceivedOn", "Date received");
        Assert.Equal(["15", "6", "2026"], new[] { "day", "month", "year" }.Select(b => cut.Find($"#ReceivedOn-{b}").GetAttribute("value")));
    }

    [Theory]
    [InlineData("31", "2", "2026", "Date received must be a real date", "day")]
    [InlineData("3", "", "2026", "Date received must include a month", "month")]
    [InlineData("3", "6", "26", "Year must include 4 numbers", "year")]
    public async Task An_application_received_on_a_date_that_is_not_real_or_not_complete_is_not_recorded(string day, string month, string year, string message, string box)
    {
        var cut = NewApplicationPage();
        TypeDate(cut, "ReceivedOn", day, month, year);
        cut.Find("form").Submit();

        AssertDateError(cut, "ReceivedOn", message, box);
        // Only the box at fault is marked.
        Assert.Single(cut.FindAll("#ReceivedOn .govuk-input--error"));
        Assert.Equal(0, await CountAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task An_application_is_recorded_with_the_date_typed_in_the_three_boxes()
    {
        var cut = NewApplicationPage();
        TypeDate(cut, "ReceivedOn", "3", "6", "2026");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("/applications/", Services.GetRequiredService<NavigationManager>().Uri.Replace("/applications/new", "")));
        Assert.Equal(new DateOnly(2026, 6, 3), await CountAsync(db => db.Applications.Select(a => a.ReceivedOn).SingleAsync()));
        Assert.Empty(cut.FindAll(".govuk-error-summary"));
    }

    [Fact]
    public async Task A_check_dated_the_31st_of_February_is_not_recorded()
    {
        var app = await CheckingApplicationAsync();
        var cut = Render<ChecksSection>(p => p.Add(x => x.App, app));
        foreach (var (id, legend) in new[] { ("check-CheckedOn", "Date checked"), ("check-IssuedOn", "Date on the document (issue date)"), ("check-ValidUntil", "Valid until (if the document says)") })
            AssertThreeLabelledBoxes(cut, id, legend);

        cut.Find("#check-EvidenceReference").Change("001234567890");
        TypeDate(cut, "check-CheckedOn", "31", "2", "2026");
        TypeDate(cut, "check-IssuedOn", "1", "", "");
        cut.Find("form").Submit();

        AssertDateError(cut, "check-CheckedOn", "Date checked must be a real date", "day");
        AssertDateError(cut, "check-IssuedOn", "Date on the document must include a month and year", "month");
        Assert.Equal(0, await CountAsync(db => db.StatutoryChecks.CountAsync()));
    }

    [Fact]
    public async Task A_check_is_recorded_with_the_dates_typed_in_the_boxes()
    {
        var app = await CheckingApplicationAsync();
        var cut = Render<ChecksSection>(p => p.Add(x => x.App, app));
        cut.Find("#check-Kind").Change(nameof(CheckKind.DvlaLicence));
        AssertThreeLabelledBoxes(cut, "check-LicenceHeldSince", "Full licence held since");
        cut.Find("#check-EvidenceReference").Change("DVLA-ABC");
        TypeDate(cut, "check-IssuedOn", "10", "6", "2026");
        TypeDate(cut, "check-LicenceHeldSince", "1", "6", "2005");
        cut.Find("#check-Points").Change("0");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("#check-EvidenceReference").GetAttribute("value") ?? ""));
        var check = await CountAsync(db => db.StatutoryChecks.SingleAsync());
        Assert.Equal((new DateOnly(2026, 6, 15), (DateOnly?)new DateOnly(2026, 6, 10), (DateOnly?)new DateOnly(2005, 6, 1)), (check.CheckedOn, check.IssuedOn, check.LicenceHeldSince));
    }

    [Fact]
    public async Task A_conviction_with_a_date_missing_its_year_is_not_recorded()
    {
        var app = await CheckingApplicationAsync();
        var policy = await CountAsync(db => db.CurrentPolicyAsync());
        var cut = Render<OffencesSection>(p => p.Add(x => x.App, app).Add(x => x.Policy, policy));
        AssertThreeLabelledBoxes(cut, "offence-ConvictedOn", "Date of conviction, caution or endorsement");

        cut.Find("#offence-Description").Change("Drink driving");
        cut.Find("#offence-CategoryCode").Change(policy.Rows.First(r => r.Presumption != Presumption.Never).Code);
        TypeDate(cut, "offence-ConvictedOn", "15", "1", "");
        cut.Find("form").Submit();

        AssertDateError(cut, "offence-ConvictedOn", "Date of conviction, caution or endorsement must include a year", "year");
        Assert.Equal(0, await CountAsync(db => db.OffenceRecords.CountAsync()));

        TypeDate(cut, "offence-ConvictedOn", "15", "1", "2010");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".govuk-error-summary")));
        Assert.Equal(new DateOnly(2010, 1, 15), await CountAsync(db => db.OffenceRecords.Select(o => o.ConvictedOn).SingleAsync()));
    }

    [Fact]
    public async Task A_policy_version_in_force_from_an_impossible_date_is_not_saved()
    {
        var cut = Render<EditPolicy>();
        cut.WaitForAssertion(() => cut.Find("#EffectiveFrom-day"));
        AssertThreeLabelledBoxes(cut, "EffectiveFrom", "In force from");
        var versions = await CountAsync(db => db.PolicyVersions.CountAsync());

        cut.Find("#Label").Change("Date test 2099");
        TypeDate(cut, "EffectiveFrom", "31", "2", "2099");
        cut.Find("form").Submit();
        AssertDateError(cut, "EffectiveFrom", "In force from date must be a real date", "day");

        TypeDate(cut, "EffectiveFrom", "", "", "");
        cut.Find("form").Submit();
        AssertDateError(cut, "EffectiveFrom", "Enter the date the new version is in force from", "day");
        Assert.Equal(versions, await CountAsync(db => db.PolicyVersions.CountAsync()));

        TypeDate(cut, "EffectiveFrom", "1", "1", "2099");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Contains("Version Date test 2099 saved", cut.Find(".govuk-notification-banner").TextContent));
        Assert.Equal(new DateOnly(2099, 1, 1), await CountAsync(db => db.PolicyVersions.Where(v => v.Label == "Date test 2099").Select(v => v.EffectiveFrom).SingleAsync()));
    }

    [Fact]
    public async Task Representations_received_on_an_impossible_date_are_not_recorded()
    {
        Guid appId;
        await using (var db = database.NewContext())
        {
            var app = ApplicationBuild.Assessed(await db.People.SingleAsync(p => p.Id == personId), db.Today, Recommendation.ReferToSubCommittee);
            db.Applications.Add(app);
            await ApplicationDecisions.DecideAsync(db, app, new ApplicationDecisionDraft(DecisionOutcome.ReferToSubCommittee, "Finely balanced"),
                ApplicationBuild.Manager, DecisionMaker.AuthorisedOfficer, ApplicationBuild.Options, new AuthorityOptions { Name = "Eastbrook Borough Council", Code = "E07000901" });
            await db.SaveChangesAsync();
            appId = app.Id;
        }
        var cut = Render<ApplicationPage>(p => p.Add(x => x.Id, appId));
        cut.WaitForAssertion(() => cut.Find("#RepresentationsReceivedOn-day"));
        AssertThreeLabelledBoxes(cut, "RepresentationsReceivedOn", "Date received");

        cut.Find("#Representations").Change("I have changed since then.");
        TypeDate(cut, "RepresentationsReceivedOn", "31", "2", "2026");
        cut.FindAll("button").Single(b => b.TextContent == "Record representations").Click();
        AssertDateError(cut, "RepresentationsReceivedOn", "Date received must be a real date", "day");
        Assert.Null(await CountAsync(db => db.Applications.Where(a => a.Id == appId).Select(a => a.RepresentationsReceivedOn).SingleAsync()));

        TypeDate(cut, "RepresentationsReceivedOn", "12", "6", "2026");
        cut.FindAll("button").Single(b => b.TextContent == "Record representations").Click();
        cut.WaitForAssertion(() => Assert.Contains("Received 12 June 2026", cut.Find("[data-testid=representations]").TextContent));
    }
}
