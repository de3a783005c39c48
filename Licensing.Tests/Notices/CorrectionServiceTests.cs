using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices;
using Licensing.Tests.Infrastructure;
using static Licensing.Tests.Notices.NoticeFixtures;
using DecisionsTakingEffect = Licensing.Domain.Cases.DecisionsTakingEffect;

namespace Licensing.Tests.Notices;

/// <summary>
/// A correction withdraws the notice it replaces and tells the licensee that every time limit runs from the
/// day it is given: the decision's record must say the same, or it would not stand up in court.
/// </summary>
public class CorrectionServiceTests
{
    private static readonly DateOnly FirstServed = Build.Today; // Monday 15 June 2026
    private static readonly DateOnly CorrectionServed = new(2026, 6, 25);

    [Fact]
    public async Task A_correction_served_later_starts_the_appeal_period_again_and_the_revocation_waits_for_its_end()
    {
        using var database = new TestDatabase();
        var saved = await ServedDecisionAsync(database, immediate: false);

        await ServeCorrectionAsync(database, saved.Notice.Id);

        await using (var read = database.NewContext())
        {
            var decision = read.Decisions.Single(d => d.Id == saved.Decision!.Id);
            Assert.Equal(FirstServed, decision.NoticeServedOn); // the first service stays on record
            Assert.Equal(new DateOnly(2026, 7, 15), decision.AppealPeriodEndsOn); // 21 days beginning with 25 June
            Assert.Equal(new DateOnly(2026, 7, 16), decision.TakesEffectOn);
        }
        // The first notice's period would have ended on 5 July: nothing happens on the 6th.
        await using (var db = database.NewContext())
            Assert.Equal(0, (await DecisionsTakingEffect.ApplyAsync(db, new DateOnly(2026, 7, 6), Authority)).TookEffect);
        await using (var db = database.NewContext())
            Assert.Equal(LicenceStatus.Granted, db.Licences.Single(l => l.Id == saved.Licence!.Id).Status);
        await using (var db = database.NewContext())
            Assert.Equal(1, (await DecisionsTakingEffect.ApplyAsync(db, new DateOnly(2026, 7, 16), Authority)).TookEffect);
        await using (var db = database.NewContext())
            Assert.Equal(LicenceStatus.Revoked, db.Licences.Single(l => l.Id == saved.Licence!.Id).Status);
    }

    [Fact]
    public async Task A_correction_of_an_immediate_revocation_restarts_the_appeal_period_but_the_licence_stays_revoked()
    {
        using var database = new TestDatabase();
        var saved = await ServedDecisionAsync(database, immediate: true);

        var pdf = await ServeCorrectionAsync(database, saved.Notice.Id);

        await using var read = database.NewContext();
        var decision = read.Decisions.Single(d => d.Id == saved.Decision!.Id);
        Assert.Equal(FirstServed, decision.TookEffectOn);
        Assert.Equal(new DateOnly(2026, 7, 15), decision.AppealPeriodEndsOn);
        Assert.Equal(LicenceStatus.Revoked, read.Licences.Single(l => l.Id == saved.Licence!.Id).Status);
        // The correction says when the revocation took effect, not that it takes effect on the day it is given.
        var text = TextOf(pdf);
        Assert.Contains("It took effect on 15 June 2026, the day the notice this one replaces was given to you", text);
        Assert.DoesNotContain("takes effect immediately, on the day this notice is given", text);
    }

    [Fact]
    public async Task A_correction_is_refused_once_the_decision_has_taken_effect_under_its_first_notice()
    {
        using var database = new TestDatabase();
        var saved = await ServedDecisionAsync(database, immediate: false);
        await using (var db = database.NewContext())
            await DecisionsTakingEffect.ApplyAsync(db, new DateOnly(2026, 7, 6), Authority);
        database.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 7, 9, 0, 0, TimeSpan.Zero));

        await using (var db = database.NewContext())
        {
            var error = await Assert.ThrowsAsync<DomainRuleException>(() => CorrectNotice.RunAsync(db, saved.Notice.Id));
            Assert.Contains("took effect on 6 July 2026", error.Message);
        }
        await using var read = database.NewContext();
        Assert.Single(read.Notices);
    }

    [Fact]
    public async Task A_correction_drafted_in_time_is_not_issued_once_the_decision_has_taken_effect()
    {
        using var database = new TestDatabase();
        var saved = await ServedDecisionAsync(database, immediate: false);
        Notice correction;
        await using (var db = database.NewContext())
            correction = await CorrectNotice.RunAsync(db, saved.Notice.Id);
        await using (var db = database.NewContext())
            await DecisionsTakingEffect.ApplyAsync(db, new DateOnly(2026, 7, 6), Authority);

        await using (var db = database.NewContext())
            await Assert.ThrowsAsync<DomainRuleException>(() => IssueNotice.RunAsync(db, correction.Id, Authority, "Maya Manager", "eastbrook.example"));
        await using var read = database.NewContext();
        Assert.Equal(NoticeStatus.Draft, read.Notices.Single(n => n.Id == correction.Id).Status);
        Assert.Null(read.Notices.Single(n => n.Id == saved.Notice.Id).SupersededAt);
    }

    [Fact]
    public void A_correction_served_no_later_than_the_first_notice_moves_nothing()
    {
        var decision = Decision.Record(new DecisionDraft(Guid.NewGuid(), DecisionKind.Suspension, LicenceType.PrivateHireDriver, DecisionMaker.AuthorisedOfficer,
            "Maya Manager", "Reasons", FirstServed, GroundsCategory.Safeguarding, Guid.NewGuid(), SuspensionPeriod: new SuspensionPeriod(4, SuspensionUnit.Weeks)), DateTime.UtcNow);
        Assert.Throws<DomainRuleException>(() => decision.CorrectionServed(FirstServed));

        decision.NoticeServed(FirstServed.AddDays(2)); // posted, deemed served on the Wednesday
        decision.CorrectionServed(FirstServed.AddDays(1)); // a correction handed over the day before

        Assert.Equal(new DateOnly(2026, 7, 7), decision.AppealPeriodEndsOn);
        Assert.Equal(new DateOnly(2026, 7, 8), decision.TakesEffectOn);
    }

    [Fact]
    public void A_correction_served_while_an_appeal_is_pending_leaves_the_decision_waiting_for_the_court()
    {
        var decision = Decision.Record(new DecisionDraft(Guid.NewGuid(), DecisionKind.Revocation, LicenceType.PrivateHireDriver, DecisionMaker.AuthorisedOfficer,
            "Maya Manager", "Reasons", FirstServed, GroundsCategory.Safeguarding, Guid.NewGuid()), DateTime.UtcNow);
        decision.NoticeServed(FirstServed);
        decision.AwaitAppeal();

        decision.CorrectionServed(CorrectionServed);

        Assert.Equal(new DateOnly(2026, 7, 15), decision.AppealPeriodEndsOn);
        Assert.Null(decision.TakesEffectOn);
    }

    /// <summary>A revocation whose notice was issued and handed over on Monday 15 June 2026.</summary>
    private static async Task<Saved> ServedDecisionAsync(TestDatabase database, bool immediate)
    {
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation, immediate);
        await IssueAsync(database, saved.Notice.Id);
        await using var db = database.NewContext();
        await ServeNotice.RecordHandDeliveryAsync(db, saved.Notice.Id, FirstServed, "Olivia Officer", Authority);
        return saved;
    }

    /// <summary>Drafts a correction of the notice on 25 June, issues it and hands it over that day; returns its PDF.</summary>
    private static async Task<byte[]> ServeCorrectionAsync(TestDatabase database, Guid noticeId)
    {
        database.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 25, 9, 0, 0, TimeSpan.Zero));
        Notice correction;
        await using (var db = database.NewContext())
            correction = await CorrectNotice.RunAsync(db, noticeId);
        var (_, pdf) = await IssueAsync(database, correction.Id);
        await using (var db = database.NewContext())
            await ServeNotice.RecordHandDeliveryAsync(db, correction.Id, CorrectionServed, "Olivia Officer", Authority);
        return pdf;
    }
}
