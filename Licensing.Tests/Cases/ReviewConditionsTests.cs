using Bunit;
using Licensing.Domain.Admin;
using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Licensees;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Licensing.Tests.Cases;

/// <summary>Conditions decided on a review become the licence's own, from the decision, on a real database and on the licence page.</summary>
public class ReviewConditionsTests : BunitContext
{
    private const string Existing = "Display the council's complaints notice in the vehicle";
    private const string Added = "Not to carry passengers under 18 unless booked through a licensed operator";
    private readonly TestDatabase database = new();
    private readonly AuthorityOptions authority = new() { Name = "Eastbrook Borough Council", Code = "E07000901" };

    private sealed class Factory(TestDatabase database) : IDbContextFactory<LicensingDbContext>
    {
        public LicensingDbContext CreateDbContext() => database.NewContext();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) database.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>A case awaiting a decision, with conditions recommended, about a licence that already carries one condition.</summary>
    private async Task<ReviewScenario> AwaitingDecisionAsync()
    {
        var s = new ReviewScenario(licenceConditions: Existing).WithFindings();
        s.Case.Recommend(new CaseRecommendation("Fit and proper with safeguards", CaseOutcome.Conditions, "Proven conduct calls for safeguards, not suspension",
            Conditions: Added), "Olivia Officer", ReviewScenario.Today);
        await using var db = database.NewContext();
        s.AddTo(db);
        await db.SaveChangesAsync();
        return s;
    }

    private async Task DecideConditionsAsync()
    {
        await using var db = database.NewContext();
        var review = await db.ReviewCases.WithParts().SingleAsync();
        await CaseDecisions.DecideAsync(db, review, new CaseDecisionInput(CaseOutcome.Conditions, "Proven conduct calls for safeguards, not suspension", Conditions: Added),
            DecisionMaker.AuthorisedOfficer, ReviewScenario.ManagerId, "Maya Manager", authority);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Conditions_decided_on_a_review_are_added_to_the_licence_s_own_in_the_same_save_and_audited()
    {
        var s = await AwaitingDecisionAsync();
        await DecideConditionsAsync();

        await using var db = database.NewContext();
        var licence = await db.Licences.SingleAsync();
        Assert.Equal($"{Existing}\n\nAdded on review RC-2026-0001, decided {LondonTime.Format(ReviewScenario.Today)}:\n{Added}", licence.Conditions);
        Assert.Equal(LicenceStatus.Granted, licence.Status); // the licence continues
        var review = await db.ReviewCases.SingleAsync();
        Assert.Equal((CaseStage.Closed, Added), (review.Stage, review.OutcomeConditions));
        var id = s.Licence.Id.ToString();
        // Audited like every save: the licence's own entry, in the decision's save, carries the new text.
        var change = await db.AuditEntries.Where(a => a.EntityId == id).OrderByDescending(a => a.Id).FirstAsync();
        Assert.Contains("Conditions", change.Changes);
        Assert.Contains(Added, change.Changes);
    }

    [Fact]
    public async Task The_licensee_is_sent_a_letter_saying_which_conditions_were_added_from_when_why_and_how_to_appeal()
    {
        await AwaitingDecisionAsync();
        await DecideConditionsAsync();

        Guid letterId;
        await using (var db = database.NewContext())
        {
            var letter = await db.Notices.SingleAsync(n => n.Kind == Licensing.Domain.Notices.NoticeKind.ConditionsLetter);
            Assert.Equal((await db.ReviewCases.SingleAsync()).Id, letter.ReviewCaseId);
            letterId = letter.Id;
        }
        var (notice, pdf) = await Notices.NoticeFixtures.IssueAsync(database, letterId);

        var text = Notices.NoticeFixtures.TextOf(pdf);
        Assert.StartsWith("CND-", notice.Reference);
        foreach (var part in new[] { "Conditions added to your", Added, $"They apply from {LondonTime.Format(ReviewScenario.Today)}", "Proven conduct calls for safeguards, not suspension",
                     "found the following proven on the balance of probabilities", "appeal to a magistrates' court", notice.Reference! })
            Assert.Contains(part, text);
        Notices.NoticeFixtures.AssertQpdfAccepts(pdf, "conditions-letter");
    }

    [Fact]
    public async Task A_revoked_licence_takes_no_conditions_and_nothing_is_saved()
    {
        var s = await AwaitingDecisionAsync();
        await using (var db = database.NewContext())
        {
            var licence = await db.Licences.SingleAsync();
            var revocation = Build.Adverse(licence, s.Person, DecisionKind.Revocation);
            db.Decisions.Add(revocation);
            licence.Revoke(revocation, ReviewScenario.Today);
            await db.SaveChangesAsync();
        }

        var refused = await Assert.ThrowsAsync<DomainRuleException>(DecideConditionsAsync);
        Assert.Equal("The licence is revoked, so conditions cannot be added to it", refused.Message);
        await using var check = database.NewContext();
        Assert.Equal(Existing, (await check.Licences.SingleAsync()).Conditions);
        Assert.Equal(CaseStage.AwaitingDecision, (await check.ReviewCases.SingleAsync()).Stage);
    }

    [Fact]
    public async Task The_licence_page_shows_the_conditions_a_review_added()
    {
        var s = await AwaitingDecisionAsync();
        await DecideConditionsAsync();
        Services.AddSingleton<IDbContextFactory<LicensingDbContext>>(new Factory(database));
        Services.AddSingleton(Options.Create(authority));
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var cut = Render<LicencePage>(p => p.Add(c => c.Id, s.Licence.Id));

        cut.WaitForAssertion(() =>
        {
            var conditions = cut.Find(".app-pre-line").TextContent;
            Assert.Contains(Existing, conditions);
            Assert.Contains($"Added on review RC-2026-0001, decided {LondonTime.Format(ReviewScenario.Today)}:", conditions);
            Assert.Contains(Added, conditions);
        });
    }
}
