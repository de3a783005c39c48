using Bunit;
using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Cases;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Cases;
using Licensing.Web.Features.Committee;
using Licensing.Web.Features.Concerns;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Licensing.Tests.Cases;

/// <summary>
/// Dates on the concern, case and hearing pages are GOV.UK date inputs (day, month and year boxes), not the
/// browser's date picker: a date missing a part or not real is shown in the error summary and beside the
/// field, linked to the first box at fault, and nothing is saved.
/// </summary>
public class ReviewDateInputTests : PageTestContext
{

    public ReviewDateInputTests()
    {
        Services.AddSingleton(new AttachmentStore(Path.Combine(Path.GetTempPath(), $"attachments-{Guid.NewGuid():N}")));
        // The hearing form lists the committee's members through Identity, as the application does.
        Services.AddLogging();
        Services.AddScoped(_ => Database.NewContext());
        Services.AddIdentityCore<StaffUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<LicensingDbContext>();
        AsOfficer();
    }

    private async Task<ReviewScenario> SavedAsync(ReviewScenario s)
    {
        await using var db = Database.NewContext();
        s.AddTo(db);
        await db.SaveChangesAsync();
        return s;
    }

    private Task<ReviewCase> CaseAsync() => QueryAsync(db => db.ReviewCases.WithParts().AsNoTracking().SingleAsync());

    private static void Click<T>(IRenderedComponent<T> cut, string button) where T : IComponent =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == button).Click();

    [Fact]
    public async Task A_concern_received_on_an_impossible_date_or_happening_on_half_a_date_is_not_recorded()
    {
        var cut = Render<RecordConcern>();
        cut.AssertThreeLabelledBoxes("OccurredOn", "When it happened (optional)");
        cut.AssertThreeLabelledBoxes("ReceivedOn", "Date received");
        Assert.Equal(["15", "6", "2026"], new[] { "day", "month", "year" }.Select(b => cut.Find($"#ReceivedOn-{b}").GetAttribute("value")));
        cut.Find("#Narrative").Change("Seen touting for fares outside the station");
        cut.Find("#Place").Change("Station forecourt");
        cut.ChooseGrading("", Grading.Untested);

        cut.TypeDate("ReceivedOn", "31", "2", "2026");
        Click(cut, "Record the concern");
        cut.AssertDateError("ReceivedOn", "Date received must be a real date", "day");
        Assert.Single(cut.FindAll("#ReceivedOn .govuk-input--error"));

        cut.TypeDate("ReceivedOn", "14", "6", "2026");
        cut.TypeDate("OccurredOn", "3", "", "2026");
        Click(cut, "Record the concern");
        cut.AssertDateError("OccurredOn", "Date it happened must include a month", "month");
        Assert.Equal(0, await QueryAsync(db => db.Concerns.CountAsync()));

        cut.TypeDate("OccurredOn", "12", "6", "2026");
        Click(cut, "Record the concern");
        cut.WaitForAssertion(() => Assert.Contains("/concerns/", Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Equal((new DateOnly(2026, 6, 12), new DateOnly(2026, 6, 14)),
            await QueryAsync(db => db.Concerns.Select(c => new ValueTuple<DateOnly, DateOnly>(c.OccurredOn!.Value, c.ReceivedOn)).SingleAsync()));
    }

    [Fact]
    public async Task A_referral_on_a_date_missing_its_day_is_not_recorded()
    {
        var concern = ReviewScenario.NewConcern();
        await using (var db = Database.NewContext())
        {
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
        }
        var cut = Render<ConcernPage>(p => p.Add(x => x.Id, concern.Id));
        cut.WaitForAssertion(() => cut.Find("#ReferredOn-day"));
        cut.AssertThreeLabelledBoxes("ReferredOn", "Date referred");

        cut.TypeDate("ReferredOn", "", "6", "2026");
        Click(cut, "Record referral");
        cut.AssertDateError("ReferredOn", "Date referred must include a day", "day");
        Assert.Equal(0, await QueryAsync(db => db.Set<ConcernReferral>().CountAsync()));

        // Not before the concern was received, nor after today: the one day the scenario allows.
        cut.TypeDate("ReferredOn", "15", "6", "2026");
        Click(cut, "Record referral");
        cut.WaitForAssertion(() => Assert.Contains("Referral recorded", cut.Find("[data-testid=confirmation]").TextContent));
        Assert.Equal(new DateOnly(2026, 6, 15), await QueryAsync(db => db.Set<ConcernReferral>().Select(r => r.On).SingleAsync()));
    }

    [Fact]
    public async Task Evidence_or_an_interview_on_a_date_that_is_not_real_is_not_recorded()
    {
        await SavedAsync(new ReviewScenario());
        var review = await CaseAsync();
        var cut = Render<CaseInvestigation>(p => p.Add(x => x.Case, review));
        cut.AssertThreeLabelledBoxes("EvidenceObtainedOn", "Date obtained");
        cut.AssertThreeLabelledBoxes("InterviewHeldOn", "Date");

        cut.Find("#EvidenceDescription").Change("Station CCTV");
        cut.Find("#EvidenceSource").Change("Network Rail");
        cut.ChooseGrading("Evidence", Grading.Untested);
        cut.TypeDate("EvidenceObtainedOn", "1", "13", "2026");
        Click(cut, "Add evidence");
        cut.AssertDateError("EvidenceObtainedOn", "Date obtained must be a real date", "month");

        cut.Find("#Interviewee").Change("The licensee");
        cut.Find("#InterviewSummary").Change("Denies touting");
        cut.TypeDate("InterviewHeldOn", "31", "2", "2026");
        Click(cut, "Record interview");
        cut.AssertDateError("InterviewHeldOn", "Date of the interview must be a real date", "day");
        var saved = await CaseAsync();
        Assert.Equal((0, 0), (saved.Evidence.Count, saved.Interviews.Count));

        cut.TypeDate("InterviewHeldOn", "12", "6", "2026");
        Click(cut, "Record interview");
        cut.WaitForAssertion(() => Assert.Contains("Interview recorded", cut.Find("[data-testid=confirmation]").TextContent));
        Assert.Equal(new DateOnly(2026, 6, 12), (await CaseAsync()).Interviews.Single().HeldOn);
    }

    [Fact]
    public async Task Representations_are_not_invited_by_an_impossible_deadline()
    {
        await SavedAsync(new ReviewScenario().WithAllegation());
        var review = await CaseAsync();
        var cut = Render<CaseRepresentations>(p => p.Add(x => x.Case, review));
        cut.AssertThreeLabelledBoxes("DueOn", "Deadline for representations");
        Assert.Equal(["29", "6", "2026"], new[] { "day", "month", "year" }.Select(b => cut.Find($"#DueOn-{b}").GetAttribute("value")));

        cut.TypeDate("DueOn", "31", "6", "2026");
        Click(cut, "Invite representations");
        cut.AssertDateError("DueOn", "Deadline for representations must be a real date", "day");
        Assert.Null((await CaseAsync()).RepresentationsInvitedOn);
        Assert.Equal(0, await QueryAsync(db => db.Notices.CountAsync()));

        cut.TypeDate("DueOn", "30", "6", "2026");
        Click(cut, "Invite representations");
        cut.WaitForAssertion(() => Assert.Contains("Representations invited", cut.Find("[data-testid=confirmation]").TextContent));
        Assert.Equal(new DateOnly(2026, 6, 30), (await CaseAsync()).RepresentationsDueOn);
    }

    [Fact]
    public async Task A_reply_or_an_extension_with_a_date_missing_a_part_is_not_recorded()
    {
        var s = new ReviewScenario().WithAllegation();
        s.Case.InviteRepresentations(ReviewScenario.Today, null, ReviewScenario.Today);
        await SavedAsync(s);
        var review = await CaseAsync();
        var cut = Render<CaseRepresentations>(p => p.Add(x => x.Case, review));
        cut.AssertThreeLabelledBoxes("ReceivedOn", "Date the reply was received");
        cut.AssertThreeLabelledBoxes("NewDueOn", "New deadline");

        cut.Find("#Representations").Change("They were my nieces");
        cut.TypeDate("ReceivedOn", "14", "6", "");
        Click(cut, "Record the reply");
        cut.AssertDateError("ReceivedOn", "Date the reply was received must include a year", "year");
        Assert.Null((await CaseAsync()).RepresentationsReceivedOn);

        cut.Find("#ExtensionReason").Change("Solicitor instructed late");
        Click(cut, "Extend the deadline");
        cut.AssertDateError("NewDueOn", "Enter the new deadline", "day");
        // Nothing was typed, so all three boxes are marked.
        Assert.Equal(3, cut.FindAll("#NewDueOn .govuk-input--error").Count);
        Assert.Empty((await CaseAsync()).Extensions);

        cut.TypeDate("NewDueOn", "13", "7", "2026");
        Click(cut, "Extend the deadline");
        cut.WaitForAssertion(() => Assert.Contains("Deadline extended", cut.Find("[data-testid=confirmation]").TextContent));
        Assert.Equal(new DateOnly(2026, 7, 13), (await CaseAsync()).RepresentationsDueOn);
    }

    [Fact]
    public async Task An_appeal_or_the_court_s_decision_on_a_date_that_is_not_real_is_not_recorded()
    {
        await SavedAsync(new ReviewScenario().WithRecommendation());
        await using (var db = Database.NewContext())
        {
            await CaseDecisions.DecideAsync(db, await db.ReviewCases.WithParts().SingleAsync(), new CaseDecisionInput(CaseOutcome.Revocation, "Proven conduct", null, false, null),
                DecisionMaker.AuthorisedOfficer, ReviewScenario.ManagerId, "Maya Manager", Authority);
            await db.SaveChangesAsync();
        }
        var decision = await QueryAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.Kind == DecisionKind.Revocation));
        var review = await CaseAsync();
        var cut = Render<CaseAppeal>(p => p.Add(x => x.Case, review).Add(x => x.Decision, decision));
        cut.AssertThreeLabelledBoxes("LodgedOn", "Date lodged");
        cut.AssertThreeLabelledBoxes("AppealHearingOn", "Hearing date, if known");

        cut.TypeDate("LodgedOn", "31", "2", "2026");
        Click(cut, "Record the appeal");
        cut.AssertDateError("LodgedOn", "Date lodged must be a real date", "day");

        cut.TypeDate("LodgedOn", "15", "6", "2026");
        cut.TypeDate("AppealHearingOn", "1", "8", "");
        Click(cut, "Record the appeal");
        cut.AssertDateError("AppealHearingOn", "Hearing date must include a year", "year");
        Assert.Equal(CaseStage.Decided, (await CaseAsync()).Stage);

        cut.TypeDate("AppealHearingOn", "3", "8", "2026");
        cut.Find("#Court").Change("Eastbrook Magistrates' Court");
        Click(cut, "Record the appeal");
        cut.WaitForAssertion(() => Assert.Contains("Appeal recorded", cut.Find("[data-testid=confirmation]").TextContent));
        var lodged = await CaseAsync();
        Assert.Equal((new DateOnly(2026, 6, 15), (DateOnly?)new DateOnly(2026, 8, 3)), (lodged.AppealLodgedOn!.Value, lodged.AppealHearingOn));

        // The court's decision, on the case as the page shows it once the appeal is lodged.
        cut.Render(p => p.Add(x => x.Case, lodged));
        cut.AssertThreeLabelledBoxes("AppealDecidedOn", "Date of the court's decision");
        cut.TypeDate("AppealDecidedOn", "", "", "");
        Click(cut, "Record the court's decision");
        cut.AssertDateError("AppealDecidedOn", "Enter the date of the court's decision", "day");
        Assert.Null((await CaseAsync()).AppealOutcome);
    }

    [Fact]
    public void A_hearing_is_not_arranged_for_an_impossible_date()
    {
        ArrangeHearing.Arrangement? arranged = null;
        var cut = Render<ArrangeHearing>(p => p.Add(x => x.Arrange, (_, a) => { arranged = a; return Task.CompletedTask; }));
        cut.AssertThreeLabelledBoxes("HearingOn", "Hearing date");
        Assert.Equal(["29", "6", "2026"], new[] { "day", "month", "year" }.Select(b => cut.Find($"#HearingOn-{b}").GetAttribute("value")));

        cut.TypeDate("HearingOn", "31", "9", "2026");
        Click(cut, "Arrange the hearing");
        cut.AssertDateError("HearingOn", "Hearing date must be a real date", "day");
        Assert.Null(arranged);

        cut.TypeDate("HearingOn", "30", "9", "2026");
        Click(cut, "Arrange the hearing");
        cut.WaitForAssertion(() => Assert.Equal(new DateOnly(2026, 9, 30), arranged?.HearingOn));
    }
}
