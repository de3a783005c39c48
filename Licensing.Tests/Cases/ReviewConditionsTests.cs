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

    private async Task AppealAsync(AppealOutcome outcome, string? substituted = null)
    {
        await using (var db = database.NewContext())
        {
            var review = await db.ReviewCases.SingleAsync();
            review.LodgeConditionsAppeal(ReviewScenario.Today, "Eastbrook Magistrates' Court", null, db.Today);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var review = await db.ReviewCases.WithParts().SingleAsync();
            Assert.Equal(CaseStage.AppealLodged, review.Stage);
            await CaseAppeals.RecordOutcomeAsync(db, review, outcome, ReviewScenario.Today, "The court heard the licensee",
                new CaseDecisionInput(CaseOutcome.Conditions, "The court heard the licensee", Conditions: substituted), authority);
            await db.SaveChangesAsync();
        }
    }

    private async Task<(string? Conditions, ReviewCase Review)> AfterAsync()
    {
        await using var db = database.NewContext();
        return ((await db.Licences.SingleAsync()).Conditions, await db.ReviewCases.SingleAsync());
    }

    [Fact]
    public async Task An_appeal_allowed_against_conditions_takes_them_off_the_licence_and_leaves_the_rest()
    {
        await AwaitingDecisionAsync();
        await DecideConditionsAsync();

        await AppealAsync(AppealOutcome.Allowed);

        var (conditions, review) = await AfterAsync();
        Assert.Equal(Existing, conditions);
        Assert.Equal((CaseStage.Closed, (AppealOutcome?)AppealOutcome.Allowed), (review.Stage, review.AppealOutcome));
    }

    [Fact]
    public async Task An_appeal_varying_conditions_puts_the_court_s_in_their_place_and_says_so()
    {
        await AwaitingDecisionAsync();
        await DecideConditionsAsync();
        const string court = "Not to carry passengers under 16 unless booked through a licensed operator";

        await AppealAsync(AppealOutcome.Varied, court);

        var (conditions, _) = await AfterAsync();
        var today = LondonTime.Format(ReviewScenario.Today);
        Assert.Equal($"{Existing}\n\nAdded on review RC-2026-0001, decided {today}; varied on appeal by Eastbrook Magistrates' Court on {today}:\n{court}", conditions);
    }

    [Theory]
    [InlineData(AppealOutcome.Dismissed)]
    [InlineData(AppealOutcome.Withdrawn)]
    public async Task An_appeal_dismissed_or_withdrawn_leaves_the_conditions_and_cannot_be_lodged_again(AppealOutcome outcome)
    {
        await AwaitingDecisionAsync();
        await DecideConditionsAsync();
        var (before, _) = await AfterAsync();

        await AppealAsync(outcome);

        var (after, review) = await AfterAsync();
        Assert.Equal(before, after);
        Assert.Throws<DomainRuleException>(() => review.LodgeConditionsAppeal(ReviewScenario.Today, "Eastbrook Magistrates' Court", null, ReviewScenario.Today));
    }

    [Fact]
    public async Task Conditions_changed_by_hand_since_the_review_are_not_guessed_at_and_nothing_is_saved()
    {
        await AwaitingDecisionAsync();
        await DecideConditionsAsync();
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE Licences SET Conditions = 'Rewritten by hand'");
        }

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => AppealAsync(AppealOutcome.Allowed));

        Assert.Contains("no longer on the licence as they were written", refused.Message);
        var (conditions, review) = await AfterAsync();
        Assert.Equal(("Rewritten by hand", CaseStage.AppealLodged), (conditions, review.Stage));
    }

    [Fact]
    public void Only_a_review_that_added_conditions_can_take_an_appeal_against_them()
    {
        var s = new ReviewScenario().WithRecommendation(CaseOutcome.WarningLetter);
        s.DecideAsManager(CaseOutcome.WarningLetter);
        Assert.Throws<DomainRuleException>(() => s.Case.LodgeConditionsAppeal(ReviewScenario.Today, "Eastbrook Magistrates' Court", null, ReviewScenario.Today));
    }

    [Fact]
    public async Task On_the_case_page_an_officer_records_the_appeal_and_the_court_allowing_it_and_the_conditions_come_off()
    {
        await AwaitingDecisionAsync();
        await DecideConditionsAsync();
        Services.AddSingleton<IDbContextFactory<LicensingDbContext>>(new Factory(database));
        Services.AddSingleton(Options.Create(authority));
        Services.AddSingleton<TimeProvider>(database.Clock);
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        async Task<ReviewCase> Current()
        {
            await using var db = database.NewContext();
            return await db.ReviewCases.WithParts().AsNoTracking().SingleAsync();
        }
        void Click(IRenderedComponent<Web.Features.Cases.ConditionsAppeal> cut, string name) => cut.FindAll("button").Single(b => b.TextContent.Trim() == name).Click();

        var cut = Render<Web.Features.Cases.ConditionsAppeal>(p => p.Add(c => c.Case, Current().GetAwaiter().GetResult()));
        cut.Find("#Court").Change("Eastbrook Magistrates' Court");
        Click(cut, "Record the appeal");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=confirmation]")));
        Assert.Equal(CaseStage.AppealLodged, (await Current()).Stage);

        cut.Render(p => p.Add(c => c.Case, Current().GetAwaiter().GetResult()));
        cut.Find("#AppealOutcome").Change(AppealOutcome.Allowed.ToString());
        cut.Find("#AppealNotes").Change("The court found the condition disproportionate");
        Click(cut, "Record the court's decision");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=confirmation]")));

        var (conditions, review) = await AfterAsync();
        Assert.Equal((Existing, (AppealOutcome?)AppealOutcome.Allowed), (conditions, review.AppealOutcome));
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
        Services.AddSingleton<Licensing.Domain.Audit.IActorSource>(new Licensing.Domain.Audit.FixedActor(database.Actor));
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
