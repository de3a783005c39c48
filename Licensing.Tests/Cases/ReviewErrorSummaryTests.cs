using AngleSharp.Dom;
using Bunit;
using Licensing.Domain.Cases;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Cases;
using Licensing.Web.Features.Concerns;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Tests.Cases;

/// <summary>
/// The GOV.UK error summary on the concern and case pages lists every problem the page found, each linking
/// to its field and each shown beside that field, so the officer corrects them all in one submission. A
/// broken domain rule is still shown, and nothing is saved while anything is wrong.
/// </summary>
public class ReviewErrorSummaryTests : PageTestContext
{
    public ReviewErrorSummaryTests() => AsOfficer();

    private static void Click<T>(IRenderedComponent<T> cut, string button) where T : IComponent =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == button).Click();

    private static IReadOnlyList<(string Message, string Href)> SummaryLinks<T>(IRenderedComponent<T> cut) where T : IComponent =>
        cut.FindAll(".govuk-error-summary__list a").Select(a => (a.TextContent, a.GetAttribute("href")![a.GetAttribute("href")!.IndexOf('#')..])).ToList();

    /// <summary>The message beside a text field, inside its group marked as in error.</summary>
    private static void AssertBeside<T>(IRenderedComponent<T> cut, string id, string message) where T : IComponent
    {
        var error = cut.Find($"#{id}-error");
        Assert.Contains(message, error.TextContent);
        Assert.Contains("govuk-form-group--error", error.Closest(".govuk-form-group")!.ClassName);
    }

    private Task<ReviewCase> CaseAsync() => QueryAsync(db => db.ReviewCases.WithParts().AsNoTracking().SingleAsync());

    [Fact]
    public async Task A_concern_with_two_bad_dates_and_an_unknown_licence_shows_all_three_at_once_and_is_not_recorded()
    {
        var cut = Render<RecordConcern>();
        cut.Find("#Narrative").Change("Seen touting for fares outside the station");
        cut.Find("#Place").Change("Station forecourt");
        cut.ChooseGrading("", Grading.Untested);
        cut.TypeDate("OccurredOn", "3", "", "2026");
        cut.TypeDate("ReceivedOn", "31", "2", "2026");
        cut.Find("#Licence").Change("PH 99999");

        Click(cut, "Record the concern");

        const string licence = "No licence, badge or plate PH 99999 was found; leave it blank and give the identifiers instead";
        cut.WaitForAssertion(() => Assert.Equal(
            [("Date it happened must include a month", "#OccurredOn-month"), ("Date received must be a real date", "#ReceivedOn-day"), (licence, "#Licence")],
            SummaryLinks(cut)));
        cut.AssertDateError("OccurredOn", "Date it happened must include a month", "month");
        cut.AssertDateError("ReceivedOn", "Date received must be a real date", "day");
        AssertBeside(cut, "Licence", licence);
        cut.AssertEachNamedByItsField();
        // Every id the summary links to is on the page.
        Assert.All(SummaryLinks(cut), l => cut.Find(l.Href));
        Assert.Equal(0, await QueryAsync(db => db.Concerns.CountAsync()));

        // Corrected together, the same submission records it and the problems are gone.
        cut.TypeDate("OccurredOn", "3", "6", "2026");
        cut.TypeDate("ReceivedOn", "14", "6", "2026");
        cut.Find("#Licence").Change("");
        Click(cut, "Record the concern");
        cut.WaitForAssertion(() => Assert.Contains("/concerns/", Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Equal(1, await QueryAsync(db => db.Concerns.CountAsync()));
        Assert.Empty(cut.FindAll(".govuk-error-summary"));
    }

    [Fact]
    public async Task A_concern_naming_nobody_and_no_identifier_links_the_summary_to_the_first_identifier_box()
    {
        var cut = Render<RecordConcern>();
        cut.Find("#Narrative").Change("Rude to a passenger at the station rank");
        cut.ChooseGrading("", Grading.Untested);

        Click(cut, "Record the concern");

        cut.WaitForAssertion(() => Assert.Equal("#id-VehicleRegistration", Assert.Single(SummaryLinks(cut)).Href));
        Assert.All(SummaryLinks(cut), l => cut.Find(l.Href));
        Assert.Equal(0, await QueryAsync(db => db.Concerns.CountAsync()));
    }

    [Fact]
    public async Task An_appeal_with_both_dates_wrong_shows_both_beside_their_boxes_and_nothing_is_lodged()
    {
        await using (var db = Database.NewContext())
        {
            new ReviewScenario().WithRecommendation().AddTo(db);
            await db.SaveChangesAsync();
        }
        await using (var db = Database.NewContext())
        {
            await CaseDecisions.DecideAsync(db, await db.ReviewCases.WithParts().SingleAsync(), new CaseDecisionInput(CaseOutcome.Revocation, "Proven conduct", null, false, null),
                DecisionMaker.AuthorisedOfficer, ReviewScenario.ManagerId, "Maya Manager", Authority);
            await db.SaveChangesAsync();
        }
        var decision = await QueryAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.Kind == DecisionKind.Revocation));
        var review = await CaseAsync();
        var cut = Render<CaseAppeal>(p => p.Add(x => x.Case, review).Add(x => x.Decision, decision));

        cut.TypeDate("LodgedOn", "", "", "");
        cut.TypeDate("AppealHearingOn", "1", "8", "");
        Click(cut, "Record the appeal");

        cut.WaitForAssertion(() => Assert.Equal(
            [("Enter the date the appeal was lodged", "#LodgedOn-day"), ("Hearing date must include a year", "#AppealHearingOn-year")],
            SummaryLinks(cut)));
        cut.AssertDateError("LodgedOn", "Enter the date the appeal was lodged", "day");
        cut.AssertDateError("AppealHearingOn", "Hearing date must include a year", "year");
        Assert.Empty(cut.FindAll("[data-testid=confirmation]"));
        Assert.Equal(CaseStage.Decided, (await CaseAsync()).Stage);
    }

    [Fact]
    public async Task A_broken_domain_rule_is_shown_in_the_summary_and_beside_its_field_and_saves_nothing()
    {
        await using (var db = Database.NewContext())
        {
            new ReviewScenario().AddTo(db);
            await db.SaveChangesAsync();
        }
        var review = await CaseAsync();
        var cut = Render<CaseInvestigation>(p => p.Add(x => x.Case, review));
        cut.Find("#EvidenceSource").Change("Network Rail");
        cut.ChooseGrading("Evidence", Grading.Untested);

        Click(cut, "Add evidence");

        cut.WaitForAssertion(() => Assert.Equal([("Describe the evidence", "#EvidenceDescription")], SummaryLinks(cut)));
        AssertBeside(cut, "EvidenceDescription", "Describe the evidence");
        cut.AssertEachNamedByItsField();
        // Only the field at fault is marked.
        Assert.Single(cut.FindAll(".govuk-form-group--error"));
        Assert.Empty((await CaseAsync()).Evidence);
    }

    [Fact]
    public async Task A_date_fault_is_reported_before_the_domain_is_asked_and_the_next_submission_starts_afresh()
    {
        await using (var db = Database.NewContext())
        {
            new ReviewScenario().AddTo(db);
            await db.SaveChangesAsync();
        }
        var review = await CaseAsync();
        var cut = Render<CaseInvestigation>(p => p.Add(x => x.Case, review));
        cut.ChooseGrading("Evidence", Grading.Untested);
        cut.TypeDate("EvidenceObtainedOn", "1", "13", "2026");
        Click(cut, "Add evidence");
        cut.WaitForAssertion(() => Assert.Equal([("Date obtained must be a real date", "#EvidenceObtainedOn-month")], SummaryLinks(cut)));

        // The date is put right; the empty description is now the only problem, and the date's message has gone.
        cut.TypeDate("EvidenceObtainedOn", "1", "6", "2026");
        Click(cut, "Add evidence");
        cut.WaitForAssertion(() => Assert.Equal([("Describe the evidence", "#EvidenceDescription")], SummaryLinks(cut)));
        Assert.Empty(cut.FindAll("#EvidenceObtainedOn-error"));
        Assert.Empty((await CaseAsync()).Evidence);
    }

    [Fact]
    public async Task Findings_say_they_wait_for_the_invitation_to_be_served_and_a_finding_is_not_recorded()
    {
        await using (var db = Database.NewContext())
        {
            var s = new ReviewScenario().WithAllegation();
            s.Case.InviteRepresentations(ReviewScenario.Today.AddDays(-30), null, ReviewScenario.Today.AddDays(-30)); // the deadline passed long ago
            s.AddTo(db);
            db.Notices.Add(ReviewNotices.RepresentationsInvitation(s.Case, DateTime.UtcNow)); // drafted, never issued or served
            await db.SaveChangesAsync();
        }
        var review = await CaseAsync();
        var cut = Render<CaseFindings>(p => p.Add(x => x.Case, review));
        cut.WaitForAssertion(() => Assert.Contains("has not been served", cut.Find("[data-testid=findings-wait]").TextContent));

        cut.Find("#notproven-1").Change(true);
        cut.Find("#FindingReasons-1").Change("Nothing to support it");
        Click(cut, "Record finding on allegation 1");

        cut.WaitForAssertion(() => Assert.Contains("has not been served", cut.Find(".govuk-error-summary").TextContent));
        Assert.Null((await CaseAsync()).Allegations[0].Proven);
    }
}
