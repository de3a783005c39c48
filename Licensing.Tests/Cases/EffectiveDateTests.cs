using Licensing.Domain.Admin;
using Licensing.Domain.Cases;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices;
using Licensing.Domain.Policy;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Cases;

/// <summary>LGMPA s.61(2A)/(2B) and s.77 on a real database: when a review's decision changes the licence.</summary>
public class EffectiveDateTests : IDisposable
{
    private static readonly DateOnly Today = ReviewScenario.Today;
    private readonly TestDatabase database = new();
    private readonly AuthorityOptions authority = new() { Name = "Eastbrook", Code = "E07000123" };

    private async Task<Guid> DecidedCaseAsync(CaseOutcome outcome = CaseOutcome.Revocation, bool immediate = false, DateOnly? licenceExpiresOn = null)
    {
        var s = new ReviewScenario().WithRecommendation(outcome, immediate);
        if (licenceExpiresOn is { } expires) s.Licence.CorrectTerm(s.Licence.IssuedOn, expires);
        await using var db = database.NewContext();
        s.AddTo(db);
        await db.SaveChangesAsync();
        var input = new CaseDecisionInput(outcome, "Proven conduct", outcome == CaseOutcome.Suspension ? ReviewScenario.ThreeMonths : null, immediate, immediate ? "Risk to children" : null);
        await CaseDecisions.DecideAsync(db, s.Case, input, DecisionMaker.AuthorisedOfficer, ReviewScenario.ManagerId, "Maya Manager", authority);
        await db.SaveChangesAsync();
        return s.Case.Id;
    }

    // As the manager does on the notice's page: issue the decision notice, then record handing it over.
    private async Task ServeAsync(Guid caseId, DateOnly on)
    {
        await using var db = database.NewContext();
        var notice = await db.Notices.SingleAsync(n => n.ReviewCaseId == caseId && n.DecisionId != null);
        await IssueNotice.RunAsync(db, notice.Id, authority, "Maya Manager", "eastbrook.example");
        await ServeNotice.RecordHandDeliveryAsync(db, notice.Id, on, "Maya Manager", authority);
    }

    // As the manager records it on the case page: the appeal lodged (on a day already come), then the court's decision.
    private async Task LodgeAppealAsync(DateOnly lodgedOn, DateOnly? hearingOn = null)
    {
        await using var db = database.NewContext();
        var review = await db.ReviewCases.SingleAsync();
        review.LodgeAppeal(await db.Decisions.SingleAsync(d => d.Id == review.DecisionId), lodgedOn, "Eastbrook Magistrates' Court", hearingOn,
            lodgedOn > db.Today ? lodgedOn : db.Today);
        await db.SaveChangesAsync();
    }

    private async Task<Decision?> AppealDecidedAsync(AppealOutcome outcome, DateOnly on, string notes, CaseDecisionInput? variedTo = null)
    {
        await using var db = database.NewContext();
        var replacement = await CaseAppeals.RecordOutcomeAsync(db, await db.ReviewCases.SingleAsync(), outcome, on, notes, variedTo, authority);
        await db.SaveChangesAsync();
        return replacement;
    }

    private async Task<LicenceStatus> ApplyOnAsync(DateOnly day)
    {
        await using var db = database.NewContext();
        await DecisionsTakingEffect.ApplyAsync(db, day, authority);
        return (await db.Licences.SingleAsync()).Status;
    }

    [Fact]
    public async Task Recording_the_decision_drafts_its_notice_in_the_same_save()
    {
        var id = await DecidedCaseAsync();
        await using var db = database.NewContext();
        var notice = await db.Notices.SingleAsync(n => n.ReviewCaseId == id);
        Assert.Equal(NoticeKind.Revocation, notice.Kind);
        Assert.NotNull(notice.DecisionId);
    }

    [Fact]
    public async Task An_officers_decision_names_the_policy_version_in_force()
    {
        await DecidedCaseAsync();
        await using var db = database.NewContext();
        var label = (await db.CurrentPolicyAsync()).Label;
        Assert.False(string.IsNullOrWhiteSpace(label));
        Assert.Equal(label, (await db.Decisions.SingleAsync()).PolicyVersion);
    }

    [Fact]
    public async Task An_immediate_revocation_takes_effect_the_day_its_notice_is_served()
    {
        var id = await DecidedCaseAsync(immediate: true);
        Assert.Equal(LicenceStatus.Granted, await ApplyOnAsync(Today)); // not before the notice is served
        await ServeAsync(id, Today);
        Assert.Equal(LicenceStatus.Revoked, await ApplyOnAsync(Today));
    }

    [Fact]
    public async Task An_ordinary_revocation_takes_effect_when_the_21_day_appeal_period_ends()
    {
        var id = await DecidedCaseAsync();
        await ServeAsync(id, Today);
        Assert.Equal(LicenceStatus.Granted, await ApplyOnAsync(Today.AddDays(20))); // day 21 is the last day to appeal
        Assert.Equal(LicenceStatus.Revoked, await ApplyOnAsync(Today.AddDays(21)));
    }

    [Fact]
    public async Task Running_the_operation_twice_changes_nothing_more()
    {
        var id = await DecidedCaseAsync();
        await ServeAsync(id, Today);
        await using (var db = database.NewContext()) Assert.Equal(1, (await DecisionsTakingEffect.ApplyAsync(db, Today.AddDays(30), authority)).TookEffect);
        int auditBefore;
        await using (var db = database.NewContext()) auditBefore = await db.AuditEntries.CountAsync();
        await using (var db = database.NewContext())
        {
            var second = await DecisionsTakingEffect.ApplyAsync(db, Today.AddDays(31), authority);
            Assert.Equal(new DecisionsTakingEffect.Result(0, 0, 0), second);
        }
        await using (var db = database.NewContext()) Assert.Equal(auditBefore, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task An_appeal_holds_the_revocation_until_the_court_dismisses_it()
    {
        var id = await DecidedCaseAsync();
        await ServeAsync(id, Today);
        await LodgeAppealAsync(Today.AddDays(10), Today.AddDays(60));
        Assert.Equal(LicenceStatus.Granted, await ApplyOnAsync(Today.AddDays(40)));
        database.Clock.Advance(TimeSpan.FromDays(60));
        await using (var db = database.NewContext())
        {
            var review = await db.ReviewCases.SingleAsync();
            await CaseAppeals.RecordOutcomeAsync(db, review, AppealOutcome.Dismissed, Today.AddDays(60), "The court found the council's decision right", null, authority);
            await db.SaveChangesAsync();
            Assert.Equal(CaseStage.Closed, review.Stage);
        }
        // The court's dismissal, given today, revokes the licence in the same save: no wait for the nightly run.
        await using var check = database.NewContext();
        var licence = await check.Licences.SingleAsync();
        Assert.Equal((LicenceStatus.Revoked, Today.AddDays(60)), (licence.Status, licence.StatusSince));
        Assert.Equal(Today.AddDays(60), (await check.RegisterEntries.SingleAsync()).EffectiveDate);
    }

    [Fact]
    public async Task An_appeal_lodged_before_the_notice_is_served_still_holds_the_revocation_for_the_court()
    {
        var id = await DecidedCaseAsync();
        await LodgeAppealAsync(Today, Today.AddDays(90)); // the licensee heard the decision and appealed at once
        database.Clock.Advance(TimeSpan.FromDays(2));
        await ServeAsync(id, Today.AddDays(2));
        await using (var db = database.NewContext())
        {
            var decision = await db.Decisions.SingleAsync();
            Assert.Equal((Today.AddDays(2), (DateOnly?)null), (decision.NoticeServedOn!.Value, decision.TakesEffectOn));
        }
        Assert.Equal(LicenceStatus.Granted, await ApplyOnAsync(Today.AddDays(40)));
        database.Clock.Advance(TimeSpan.FromDays(88));
        await AppealDecidedAsync(AppealOutcome.Dismissed, Today.AddDays(90), "The court upheld the revocation");
        await using var check = database.NewContext();
        var licence = await check.Licences.SingleAsync();
        Assert.Equal((LicenceStatus.Revoked, Today.AddDays(90)), (licence.Status, licence.StatusSince));
    }

    [Fact]
    public async Task The_nightly_run_leaves_a_decision_under_appeal_alone_even_if_it_was_given_a_date()
    {
        var id = await DecidedCaseAsync();
        await LodgeAppealAsync(Today);
        // A decision served after its appeal before the hold was kept on service: it carries a date.
        await using (var db = database.NewContext())
        {
            (await db.Decisions.SingleAsync()).NoticeServed(Today);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext()) Assert.Equal(1, (await DecisionsTakingEffect.ApplyAsync(db, Today.AddDays(30), authority)).Skipped);
        Assert.Equal(LicenceStatus.Granted, await ApplyOnAsync(Today.AddDays(31)));
    }

    [Fact]
    public async Task The_register_entry_carries_the_date_the_revocation_took_effect()
    {
        var id = await DecidedCaseAsync();
        await ServeAsync(id, Today);
        await ApplyOnAsync(Today.AddDays(21));
        await using var db = database.NewContext();
        Assert.Equal(Today.AddDays(21), (await db.RegisterEntries.SingleAsync()).EffectiveDate);
    }

    [Fact]
    public async Task An_appeal_allowed_is_shown_on_the_register_entry_which_is_kept()
    {
        var id = await DecidedCaseAsync(immediate: true);
        await ServeAsync(id, Today);
        await ApplyOnAsync(Today);
        database.Clock.Advance(TimeSpan.FromDays(30));
        await LodgeAppealAsync(Today.AddDays(5));
        await AppealDecidedAsync(AppealOutcome.Allowed, Today.AddDays(30), "Identification evidence unreliable");
        await using var read = database.NewContext();
        var entry = await read.RegisterEntries.SingleAsync(e => e.DecisionId != null && e.AppealOutcome != null);
        Assert.Contains("allowed", entry.AppealOutcome);
        Assert.Equal(Today.AddDays(30), entry.AppealOutcomeOn);
    }

    [Fact]
    public async Task An_appeal_allowed_against_an_immediate_revocation_restores_the_licence()
    {
        var id = await DecidedCaseAsync(immediate: true);
        await ServeAsync(id, Today);
        Assert.Equal(LicenceStatus.Revoked, await ApplyOnAsync(Today));
        database.Clock.Advance(TimeSpan.FromDays(30));
        await LodgeAppealAsync(Today.AddDays(5));
        var reinstatement = await AppealDecidedAsync(AppealOutcome.Allowed, Today.AddDays(30), "Identification evidence unreliable");
        Assert.Equal(DecisionMaker.Court, reinstatement!.MakerKind);
        await using (var db = database.NewContext())
            Assert.Equal((await db.ReviewCases.SingleAsync()).DecisionId, reinstatement.SupersedesDecisionId);
        Assert.Equal(LicenceStatus.Granted, await ApplyOnAsync(Today.AddDays(31)));
    }

    [Fact]
    public async Task An_appeal_allowed_after_an_immediate_suspension_has_ended_is_recorded_and_the_licence_stays_in_force()
    {
        var id = await DecidedCaseAsync(CaseOutcome.Suspension, immediate: true);
        await ServeAsync(id, Today);
        database.Clock.Advance(TimeSpan.FromDays(5));
        await LodgeAppealAsync(Today.AddDays(5), Today.AddDays(120));
        var back = Today.AddMonths(3);
        Assert.Equal(LicenceStatus.Granted, await ApplyOnAsync(back)); // the three months are over before the court sits
        database.Clock.Advance(TimeSpan.FromDays(115));
        await AppealDecidedAsync(AppealOutcome.Allowed, Today.AddDays(120), "The suspension should not have been imposed");
        await using var read = database.NewContext();
        var licence = await read.Licences.SingleAsync();
        Assert.Equal((LicenceStatus.Granted, back), (licence.Status, licence.StatusSince));
        Assert.Equal(CaseStage.Closed, (await read.ReviewCases.SingleAsync()).Stage);
        Assert.Contains("allowed", (await read.RegisterEntries.SingleAsync(e => e.AppealOutcome != null)).AppealOutcome);
    }

    [Fact]
    public async Task An_appeal_allowed_after_the_revoked_licence_would_have_expired_leaves_it_expired()
    {
        var id = await DecidedCaseAsync(immediate: true, licenceExpiresOn: Today.AddDays(60));
        await ServeAsync(id, Today);
        database.Clock.Advance(TimeSpan.FromDays(5));
        await LodgeAppealAsync(Today.AddDays(5), Today.AddDays(90));
        database.Clock.Advance(TimeSpan.FromDays(85));
        var reinstatement = await AppealDecidedAsync(AppealOutcome.Allowed, Today.AddDays(90), "Identification evidence unreliable");
        await using var read = database.NewContext();
        var licence = await read.Licences.SingleAsync();
        Assert.Equal((LicenceStatus.Expired, Today.AddDays(61), reinstatement!.Id), (licence.Status, licence.StatusSince, licence.StatusDecisionId));
        Assert.Equal(CaseStage.Closed, (await read.ReviewCases.SingleAsync()).Stage);
        Assert.Contains("allowed", (await read.RegisterEntries.SingleAsync(e => e.AppealOutcome != null)).AppealOutcome);
    }

    [Fact]
    public async Task An_appeal_allowed_against_a_revocation_in_force_restores_the_licence_within_its_term()
    {
        var id = await DecidedCaseAsync(immediate: true);
        await ServeAsync(id, Today);
        database.Clock.Advance(TimeSpan.FromDays(30));
        await LodgeAppealAsync(Today.AddDays(5));
        var reinstatement = await AppealDecidedAsync(AppealOutcome.Allowed, Today.AddDays(30), "Identification evidence unreliable");
        await using var read = database.NewContext();
        var licence = await read.Licences.SingleAsync();
        Assert.Equal((LicenceStatus.Granted, Today.AddDays(30), reinstatement!.Id), (licence.Status, licence.StatusSince, licence.StatusDecisionId));
    }

    private async Task<(Licence Licence, Decision Decision)> SuspensionAsync()
    {
        await using var db = database.NewContext();
        return (await db.Licences.SingleAsync(), await db.Decisions.SingleAsync(d => d.Kind == DecisionKind.Suspension));
    }

    [Fact]
    public async Task A_suspension_runs_its_whole_period_from_the_day_after_the_appeal_period()
    {
        var id = await DecidedCaseAsync(CaseOutcome.Suspension);
        await ServeAsync(id, Today);
        var starts = Today.AddDays(21);
        var back = starts.AddMonths(3);
        Assert.Equal(LicenceStatus.Suspended, await ApplyOnAsync(starts));
        var (licence, decision) = await SuspensionAsync();
        Assert.Equal((back, back), (licence.SuspendedUntil, decision.SuspensionEndsOn));
        // A date fixed on the day of the decision (three months from it) would end it three weeks early.
        Assert.Equal(LicenceStatus.Suspended, await ApplyOnAsync(Today.AddMonths(3)));
        Assert.Equal(LicenceStatus.Suspended, await ApplyOnAsync(back.AddDays(-1)));
        Assert.Equal(LicenceStatus.Granted, await ApplyOnAsync(back));
    }

    [Fact]
    public async Task An_immediate_suspension_runs_from_the_day_its_notice_is_served()
    {
        var id = await DecidedCaseAsync(CaseOutcome.Suspension, immediate: true);
        database.Clock.Advance(TimeSpan.FromDays(3));
        await ServeAsync(id, Today.AddDays(3));
        var (licence, decision) = await SuspensionAsync();
        Assert.Equal((LicenceStatus.Suspended, Today.AddDays(3)), (licence.Status, licence.StatusSince));
        Assert.Equal((Today.AddDays(3).AddMonths(3), Today.AddDays(3).AddMonths(3)), (licence.SuspendedUntil, decision.SuspensionEndsOn));
    }

    [Fact]
    public async Task A_suspension_under_appeal_runs_its_whole_period_from_the_day_the_court_dismisses_the_appeal()
    {
        var id = await DecidedCaseAsync(CaseOutcome.Suspension);
        await ServeAsync(id, Today);
        await LodgeAppealAsync(Today.AddDays(10), Today.AddDays(120));
        // The court sits after the three months a fixed end date would have allowed: the licensee worked meanwhile.
        Assert.Equal(LicenceStatus.Granted, await ApplyOnAsync(Today.AddDays(100)));
        database.Clock.Advance(TimeSpan.FromDays(120));
        await AppealDecidedAsync(AppealOutcome.Dismissed, Today.AddDays(120), "The court upheld the suspension");
        var back = Today.AddDays(120).AddMonths(3);
        var (licence, decision) = await SuspensionAsync();
        Assert.Equal((LicenceStatus.Suspended, Today.AddDays(120), back), (licence.Status, licence.StatusSince, licence.SuspendedUntil));
        Assert.Equal(back, decision.SuspensionEndsOn);
        Assert.Equal(LicenceStatus.Suspended, await ApplyOnAsync(back.AddDays(-1)));
        Assert.Equal(LicenceStatus.Granted, await ApplyOnAsync(back));
    }

    [Fact]
    public async Task A_suspension_the_court_substitutes_runs_its_period_from_the_courts_decision()
    {
        var id = await DecidedCaseAsync(CaseOutcome.Revocation);
        await ServeAsync(id, Today);
        database.Clock.Advance(TimeSpan.FromDays(40));
        await LodgeAppealAsync(Today.AddDays(10));
        await AppealDecidedAsync(AppealOutcome.Varied, Today.AddDays(40), "Suspension substituted for revocation",
            new CaseDecisionInput(CaseOutcome.Suspension, "Serious but a first lapse", new SuspensionPeriod(6, SuspensionUnit.Weeks)));
        var (licence, decision) = await SuspensionAsync();
        Assert.Equal((LicenceStatus.Suspended, Today.AddDays(40 + 42)), (licence.Status, licence.SuspendedUntil));
        Assert.Equal((DecisionMaker.Court, Today.AddDays(40 + 42)), (decision.MakerKind, decision.SuspensionEndsOn));
    }

    [Fact]
    public async Task A_decision_the_court_substitutes_drafts_no_council_notice_but_goes_on_the_register()
    {
        var id = await DecidedCaseAsync(CaseOutcome.Revocation);
        await ServeAsync(id, Today);
        database.Clock.Advance(TimeSpan.FromDays(40));
        await LodgeAppealAsync(Today.AddDays(10));
        var varied = await AppealDecidedAsync(AppealOutcome.Varied, Today.AddDays(40), "Suspension substituted for revocation",
            new CaseDecisionInput(CaseOutcome.Suspension, "Serious but a first lapse", new SuspensionPeriod(6, SuspensionUnit.Weeks)));
        await using var read = database.NewContext();
        // The court's order is its own notice: only the council's first notice exists.
        Assert.Equal([NoticeKind.Revocation], await read.Notices.Where(n => n.ReviewCaseId == id).Select(n => n.Kind).ToListAsync());
        Assert.False(await read.Notices.AnyAsync(n => n.DecisionId == varied!.Id));
        var entry = await read.RegisterEntries.SingleAsync(e => e.DecisionId == varied!.Id);
        Assert.Equal(Today.AddDays(40), entry.EffectiveDate);
    }

    public void Dispose() => database.Dispose();
}
