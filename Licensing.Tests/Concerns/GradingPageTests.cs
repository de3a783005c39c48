using Bunit;
using Licensing.Domain.Cases;
using Licensing.Domain.Concerns;
using Licensing.Tests.Cases;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Cases;
using Licensing.Web.Features.Concerns;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Tests.Concerns;

/// <summary>
/// A grade is the officer's judgement: the forms start with nothing chosen and refuse to save without one,
/// and a concern can be graded afresh, with reasons, from its page.
/// </summary>
public class GradingPageTests : PageTestContext
{
    public GradingPageTests()
    {
        Services.AddSingleton(new AttachmentStore(Path.Combine(Path.GetTempPath(), $"attachments-{Guid.NewGuid():N}")));
        AsOfficer();
    }

    private static void Click<T>(IRenderedComponent<T> cut, string button) where T : IComponent =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == button).Click();

    private static IReadOnlyList<string> SummaryHrefs<T>(IRenderedComponent<T> cut) where T : IComponent =>
        cut.FindAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")![a.GetAttribute("href")!.IndexOf('#')..]).ToList();

    [Fact]
    public async Task A_concern_is_not_recorded_until_the_officer_chooses_a_grade_and_nothing_is_chosen_for_them()
    {
        var cut = Render<RecordConcern>();
        Assert.All(new[] { "GradingSource", "GradingInformation", "GradingHandling" }, id => Assert.Equal("", cut.Find($"#{id}").GetAttribute("value") ?? ""));
        cut.Find("#Narrative").Change("Rude to a passenger at the station rank");
        cut.Find("#Place").Change("Station rank");

        Click(cut, "Record the concern");

        cut.WaitForAssertion(() => Assert.Equal(["#GradingSource"], SummaryHrefs(cut)));
        Assert.Contains("Grade the concern", cut.Find("#GradingSource-error").TextContent);
        cut.AssertEachNamedByItsField();
        Assert.Equal(0, await QueryAsync(db => db.Concerns.CountAsync()));

        var chosen = new Grading(SourceGrade.Reliable, InformationGrade.KnownDirectly, HandlingCode.ConditionsApply);
        cut.ChooseGrading("", chosen);
        Click(cut, "Record the concern");
        cut.WaitForAssertion(() => Assert.Contains("/concerns/", Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Equal(chosen, await QueryAsync(db => db.Concerns.Select(c => c.Grading).SingleAsync()));
    }

    [Fact]
    public async Task Evidence_is_not_added_until_the_officer_grades_it()
    {
        await using (var db = Database.NewContext())
        {
            new ReviewScenario().AddTo(db);
            await db.SaveChangesAsync();
        }
        var review = await QueryAsync(db => db.ReviewCases.WithParts().AsNoTracking().SingleAsync());
        var cut = Render<CaseInvestigation>(p => p.Add(x => x.Case, review));
        cut.Find("#EvidenceDescription").Change("Station CCTV");
        cut.Find("#EvidenceSource").Change("Network Rail");

        Click(cut, "Add evidence");

        cut.WaitForAssertion(() => Assert.Equal(["#EvidenceGradingSource"], SummaryHrefs(cut)));
        Assert.Contains("Grade the evidence", cut.Find("#EvidenceGradingSource-error").TextContent);
        Assert.Empty(await QueryAsync(db => db.ReviewCases.WithParts().AsNoTracking().Select(c => c.Evidence).SingleAsync()));

        // Graded and added, the next item starts ungraded again: its grade is the officer's choice too, not the last one's.
        cut.ChooseGrading("Evidence", new Grading(SourceGrade.Reliable, InformationGrade.KnownDirectly, HandlingCode.LawfulSharingPermitted));
        Click(cut, "Add evidence");
        cut.WaitForAssertion(() =>
        {
            using var db = Database.NewContext();
            Assert.Single(db.ReviewCases.WithParts().AsNoTracking().Single().Evidence);
        });
        Assert.All(new[] { "EvidenceGradingSource", "EvidenceGradingInformation", "EvidenceGradingHandling" }, id => Assert.Equal("", cut.Find($"#{id}").GetAttribute("value") ?? ""));
    }

    [Fact]
    public async Task An_officer_grades_a_partner_referral_afresh_with_reasons_and_the_change_stays_on_the_concern()
    {
        var today = ReviewScenario.Today;
        var concern = Concern.Record(new ConcernDraft(ConcernSource.OtherAuthority, ConcernCategory.Discrimination, Grading.AwaitingOfficer, "Refused a guide dog", today,
            [(IdentifierKind.PlateOrBadge, "1001")]), "CN-2026-0021", "partner:E07000999", today, DateTime.UtcNow);
        await using (var db = Database.NewContext())
        {
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
        }
        var cut = Render<ConcernPage>(p => p.Add(x => x.Id, concern.Id));
        cut.WaitForAssertion(() => Assert.Contains("2CC", cut.Find("[data-testid=grading]").TextContent));

        // Neither chosen: both asked for at once, nothing saved.
        Click(cut, "Record the new grade");
        cut.WaitForAssertion(() => Assert.Equal(["#RegradeGradingSource", "#RegradeReasons"], SummaryHrefs(cut)));

        var to = new Grading(SourceGrade.Reliable, InformationGrade.KnownIndirectlyCorroborated, HandlingCode.LawfulSharingPermitted);
        cut.ChooseGrading("Regrade", to);
        cut.Find("#RegradeReasons").Change("Their licensing officer saw it; the passenger's account is on their file and may be shared");
        Click(cut, "Record the new grade");

        cut.WaitForAssertion(() => Assert.Contains("Regraded from 2CC to 1BP", cut.Find("[data-testid=regrading]").TextContent));
        Assert.Contains("passenger's account is on their file", cut.Find("[data-testid=regrading]").TextContent);
        Assert.Equal(to, await QueryAsync(db => db.Concerns.Select(c => c.Grading).SingleAsync()));
        var audit = await QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(ConcernRegrading) || (a.EntityType == nameof(Concern) && a.Action == "Updated")).ToListAsync());
        Assert.Contains(audit, a => a.EntityType == nameof(ConcernRegrading) && a.Changes.Contains("1BP"));
        Assert.Contains(audit, a => a.EntityType == nameof(Concern) && a.Changes.Contains("Grading.Handling"));
    }
}
