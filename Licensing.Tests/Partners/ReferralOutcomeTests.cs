using Licensing.Domain.Common;
using Licensing.Domain.Cases;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Notices;
using Licensing.Domain.Partners;
using Licensing.Jobs.Cases;
using Licensing.Jobs.Notices;
using Licensing.Tests.Cases;
using Licensing.Tests.Infrastructure;
using Licensing.Tests.Jobs;
using Licensing.Tests.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Licensing.Tests.Partners;

/// <summary>The 2022 Act duty to tell the referring authority what we did, on a real database and a real SMTP server.</summary>
public class ReferralOutcomeTests : IDisposable
{
    private const string Contact = "licensing@kingsmere.example";
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    private sealed class Factory(TestDatabase database) : IDbContextFactory<LicensingDbContext>
    {
        public LicensingDbContext CreateDbContext() => database.NewContext();
    }

    private Task<DispatchResult> SendAsync(LoopbackSmtp server)
    {
        var options = new DeliveryOptions { From = "licensing@eastbrook.example" };
        var smtp = new SmtpTransport(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, UseTls = false, From = options.From });
        return new NoticeDispatcher(new Factory(database), smtp, options, new ServiceRules(), Microsoft.Extensions.Options.Options.Create(NoticeFixtures.Authority), NullLogger<NoticeDispatcher>.Instance).RunAsync(CancellationToken.None);
    }

    /// <summary>The scenario's licensee, licence and concern (or its review, awaiting a decision, when <paramref name="inReview"/>), with Kingsmere's referral of that concern.</summary>
    private async Task<ReviewScenario> ReferredAsync(string? contactEmail = Contact, bool inReview = false, CaseOutcome recommended = CaseOutcome.Revocation, bool immediate = false)
    {
        var s = inReview ? new ReviewScenario().WithRecommendation(recommended, immediate) : new ReviewScenario();
        var concern = inReview ? s.Concern : ReviewScenario.NewConcern(ConcernCategory.SexualMisconduct, s.Person.Id, reference: "CN-2026-0002");
        await using var db = database.NewContext();
        db.People.Add(s.Person);
        db.Licences.Add(s.Licence);
        db.Concerns.Add(concern);
        if (inReview) db.ReviewCases.Add(s.Case);
        db.PartnerReferrals.Add(PartnerReferral.Receive(new PartnerReferralDetails("Morgan", "Sarah", s.Person.DateOfBirth, null, "1001", null,
            "Passenger reported inappropriate comments on 3 March", null, "KC-44", contactEmail), "E07000207", "Kingsmere Council", s.Person.Id, concern.Id, db.UtcNow));
        await db.SaveChangesAsync();
        return s;
    }

    private async Task CloseAtTriageAsync(TriageOutcome outcome = TriageOutcome.NoFurtherAction)
    {
        await using var db = database.NewContext();
        var concern = await db.Concerns.SingleAsync(c => c.Reference == "CN-2026-0002");
        concern.TriageAs(outcome, "The passenger withdrew the complaint and there is no other evidence", "Olivia Officer", db.UtcNow);
        await ReferralOutcomes.ConcernTriagedAsync(db, concern, NoticeFixtures.Authority);
        await db.SaveChangesAsync();
    }

    private async Task DecideAsync(CaseOutcome outcome = CaseOutcome.Revocation, bool immediate = false)
    {
        await using var db = database.NewContext();
        var review = await db.ReviewCases.WithParts().SingleAsync();
        await CaseDecisions.DecideAsync(db, review, new CaseDecisionInput(outcome, "Proven conduct shows he is not fit and proper",
                outcome == CaseOutcome.Suspension ? ReviewScenario.ThreeMonths : null, immediate, immediate ? "Risk to children travelling alone" : null),
            DecisionMaker.AuthorisedOfficer, ReviewScenario.ManagerId, "Maya Manager", NoticeFixtures.Authority);
        await db.SaveChangesAsync();
    }

    private async Task AppealAsync(AppealOutcome outcome)
    {
        await using var db = database.NewContext();
        var review = await db.ReviewCases.SingleAsync();
        var decision = await db.Decisions.SingleAsync(d => d.Id == review.DecisionId);
        review.LodgeAppeal(decision, db.Today, "Eastbrook Magistrates' Court", null, db.Today);
        await CaseAppeals.RecordOutcomeAsync(db, review, outcome, db.Today, "The court found the evidence insufficient", null, NoticeFixtures.Authority);
        await db.SaveChangesAsync();
    }

    // As the manager does on the notice's page: issue the decision notice, then record handing it over.
    private async Task ServeDecisionNoticeByHandAsync(DateOnly on)
    {
        await using var db = database.NewContext();
        var notice = await db.Notices.SingleAsync(n => n.DecisionId != null);
        await IssueNotice.RunAsync(db, notice.Id, NoticeFixtures.Authority, "Maya Manager", "eastbrook.example");
        await ServeNotice.RecordHandDeliveryAsync(db, notice.Id, on, "Maya Manager", NoticeFixtures.Authority);
    }

    /// <summary>The referral and the emails to the referrer (not the licensee's own notices), oldest first.</summary>
    private (PartnerReferral Referral, List<OutboxMessage> Emails) Saved()
    {
        using var db = database.NewContext();
        return (db.PartnerReferrals.AsNoTracking().Single(), db.OutboxMessages.AsNoTracking().Where(m => m.To == Contact).OrderBy(m => m.CreatedAt).ToList());
    }

    [Fact]
    public async Task A_referral_closed_with_no_further_action_is_emailed_to_the_referrer_once_with_only_what_they_need()
    {
        await using var server = new LoopbackSmtp();
        await ReferredAsync();
        await CloseAtTriageAsync();

        var (referral, emails) = Saved();
        Assert.Equal((ReferralDecision.NoFurtherAction, ReviewScenario.Today, 1), (referral.Outcome, referral.OutcomeDecidedOn, referral.OutcomeNumber));
        Assert.Contains("withdrew", referral.OutcomeReasons); // kept for officers
        var queued = Assert.Single(emails);
        Assert.Equal((Contact, referral.OutcomeMessageId), (queued.To, (Guid?)queued.Id));

        Assert.Equal(1, (await SendAsync(server)).Sent);
        Assert.Equal(0, (await SendAsync(server)).Sent);
        var mail = Assert.Single(server.Received);
        Assert.Equal(Contact, mail.To.Mailboxes.Single().Address);
        var body = mail.TextBody;
        foreach (var expected in new[] { "Our reference: CN-2026-0002", "Your reference: KC-44", "Driver: Sarah Mary Morgan, born 5 July 1964",
                     "decided to take no further action", "When it takes effect: Nothing changes", "details request", $"GET /api/v1/concerns/{referral.Id}" })
            Assert.Contains(expected, body);
        Assert.Contains("KC-44", mail.Subject);
        // Only the fields they need: not the grounds, the narrative, or the driver's other details.
        foreach (var withheld in new[] { "withdrew", "inappropriate comments", "MORGA657054SM9IJ", "AB123456C", "High Street", "07700" })
            Assert.DoesNotContain(withheld, body);
        Assert.Equal(ReferralTelling.Emailed, Saved().Referral.Telling(OutboxStatus.Sent));
    }

    [Fact]
    public async Task A_concern_unlinked_from_a_wrongly_matched_licensee_never_names_that_licensee_to_the_referrer()
    {
        await ReferredAsync();
        await using (var db = database.NewContext())
        {
            (await db.Concerns.SingleAsync()).Unlink("Different middle name and badge; not our driver", "Olivia Officer", db.UtcNow);
            await db.SaveChangesAsync();
        }
        await CloseAtTriageAsync();

        var email = Assert.Single(Saved().Emails);
        Assert.Contains("Driver: Sarah Morgan, born", email.Body); // as they named the driver
        Assert.DoesNotContain("Sarah Mary", email.Body);
        Assert.Contains("could not identify the driver", email.Body);
        Assert.Null(email.PersonId);
    }

    [Fact]
    public async Task A_referral_whose_review_case_revoked_the_licence_is_told_the_revocation_and_how_to_ask_for_the_grounds()
    {
        var s = await ReferredAsync(inReview: true);
        await DecideAsync();

        var (referral, emails) = Saved();
        Assert.Equal(ReferralDecision.Revocation, referral.Outcome);
        Assert.NotNull(referral.OutcomeDecisionId);
        await using var db = database.NewContext();
        var entry = await db.RegisterEntries.SingleAsync(e => e.DecisionId == referral.OutcomeDecisionId);
        Assert.Equal(entry.Reference, referral.OutcomeRegisterReference);
        var email = Assert.Single(emails);
        Assert.Contains("we revoked the driver's private hire driver licence", email.Body);
        Assert.Contains("21 days after the driver is served with notice", email.Body);
        Assert.Contains($"POST /api/v1/register/{entry.Reference}/details-requests", email.Body);
        Assert.DoesNotContain("not fit and proper", email.Body);
        Assert.Equal(s.Person.Id, email.PersonId);
    }

    [Fact]
    public async Task The_same_outcome_is_never_told_twice_but_an_appeal_that_changes_it_sends_one_update()
    {
        await ReferredAsync(inReview: true);
        await DecideAsync();
        await using (var db = database.NewContext())
        {
            // The decision's consequences followed a second time (a retry, a second look) tell nobody again.
            var review = await db.ReviewCases.SingleAsync();
            await ReferralOutcomes.CaseDecidedAsync(db, review, await db.Decisions.SingleAsync(d => d.Id == review.DecisionId), NoticeFixtures.Authority);
            await db.SaveChangesAsync();
        }
        Assert.Single(Saved().Emails);

        await AppealAsync(AppealOutcome.Allowed);

        var (referral, emails) = Saved();
        Assert.Equal((ReferralDecision.LicenceRestoredOnAppeal, 2, true), (referral.Outcome, referral.OutcomeNumber, referral.OutcomeOnAppeal));
        Assert.Equal(2, emails.Count);
        Assert.StartsWith("Update: changed outcome", emails[1].Subject);
        Assert.Contains("allowed the appeal", emails[1].Body);
        Assert.Equal(referral.OutcomeMessageId, emails[1].Id);
    }

    [Fact]
    public async Task A_dismissed_appeal_leaves_the_outcome_and_tells_only_the_day_the_revocation_took_effect()
    {
        await ReferredAsync(inReview: true);
        await DecideAsync();
        await AppealAsync(AppealOutcome.Dismissed);

        // The revocation takes effect on the court's date: one update with that date, not a changed outcome.
        var (referral, emails) = Saved();
        Assert.Equal((ReferralDecision.Revocation, 2, false, (DateOnly?)ReviewScenario.Today), (referral.Outcome, referral.OutcomeNumber, referral.OutcomeOnAppeal, referral.OutcomeTookEffectOn));
        Assert.Equal(2, emails.Count);
        Assert.StartsWith("Update: outcome now in effect", emails[1].Subject);
        Assert.Contains($"It took effect on {LondonTime.Format(ReviewScenario.Today)}.", emails[1].Body);
    }

    [Fact]
    public async Task A_suspension_is_told_as_its_period_and_its_dates_once_the_court_lets_it_take_effect()
    {
        await ReferredAsync(inReview: true);
        await DecideAsync(CaseOutcome.Suspension);

        var (referral, emails) = Saved();
        Assert.Equal((ReferralDecision.Suspension, (DateOnly?)null), (referral.Outcome, referral.OutcomeSuspendedUntil));
        Assert.Contains("we suspended the driver's private hire driver licence for 3 months, counted from the day the suspension takes effect", Assert.Single(emails).Body);

        await AppealAsync(AppealOutcome.Dismissed);

        // Dismissed today, so the suspension starts today and its three months run from now.
        var today = ReviewScenario.Today;
        (referral, emails) = Saved();
        Assert.Equal((ReferralDecision.Suspension, 2, today.AddMonths(3)), (referral.Outcome, referral.OutcomeNumber, referral.OutcomeSuspendedUntil));
        Assert.Contains($"for 3 months, from {LondonTime.Format(today)} to {LondonTime.Format(today.AddMonths(3).AddDays(-1))} inclusive", emails[1].Body);
    }

    [Theory]
    [InlineData(CaseOutcome.Suspension)]
    [InlineData(CaseOutcome.Revocation)]
    public async Task A_decision_that_takes_effect_after_the_21_days_tells_the_referrer_its_dates_once(CaseOutcome outcome)
    {
        await using var server = new LoopbackSmtp();
        await ReferredAsync(inReview: true, recommended: outcome);
        await DecideAsync(outcome);
        await ServeDecisionNoticeByHandAsync(ReviewScenario.Today); // 15 June is day 1; day 21 is 5 July
        Assert.Equal(1, (await SendAsync(server)).Sent);

        var kit = new JobsTestKit(database);
        var job = new DecisionsTakeEffect(kit, kit.Log, kit.Authority);
        kit.SetLondonTime(2026, 7, 5, 0, 35);
        await job.RunAsync(CancellationToken.None); // not yet: nothing to tell
        Assert.Single(Saved().Emails);
        kit.SetLondonTime(2026, 7, 6, 0, 35);
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);
        kit.SetLondonTime(2026, 7, 7, 0, 35);
        await job.RunAsync(CancellationToken.None);

        var from = new DateOnly(2026, 7, 6);
        DateOnly? until = outcome == CaseOutcome.Suspension ? from.AddMonths(3) : null;
        var (referral, emails) = Saved();
        Assert.Equal((2, (DateOnly?)from, (DateOnly?)from, until, false), (referral.OutcomeNumber, referral.OutcomeTookEffectOn, referral.OutcomeTakesEffectOn, referral.OutcomeSuspendedUntil, referral.OutcomeOnAppeal));
        Assert.Equal(2, emails.Count);
        Assert.Equal(referral.OutcomeMessageId, emails[1].Id);

        Assert.Equal(1, (await SendAsync(server)).Sent);
        Assert.Equal(0, (await SendAsync(server)).Sent);
        Assert.Equal(2, server.Received.Count);
        var update = server.Received[1];
        Assert.StartsWith("Update: outcome now in effect of your referral (your reference KC-44", update.Subject);
        Assert.Contains("has now taken effect", update.TextBody);
        Assert.Contains("It took effect on 6 July 2026.", update.TextBody);
        if (outcome == CaseOutcome.Suspension)
        {
            Assert.Contains("for 3 months, from 6 July 2026 to 5 October 2026 inclusive", update.TextBody);
            Assert.Contains("The licence is in force again from 6 October 2026.", update.TextBody);
        }
        Assert.DoesNotContain("not fit and proper", update.TextBody);
    }

    [Fact]
    public async Task A_suspension_taking_effect_after_the_licence_was_surrendered_tells_the_referrer_nothing_changed_and_no_dates_of_suspension()
    {
        await using var server = new LoopbackSmtp();
        await ReferredAsync(inReview: true, recommended: CaseOutcome.Suspension);
        await DecideAsync(CaseOutcome.Suspension);
        await ServeDecisionNoticeByHandAsync(ReviewScenario.Today);
        await using (var db = database.NewContext())
        {
            var licence = await db.Licences.SingleAsync();
            licence.Surrender(new DateOnly(2026, 6, 30), "Handed back the badge");
            await db.SaveChangesAsync();
        }

        var kit = new JobsTestKit(database);
        kit.SetLondonTime(2026, 7, 6, 0, 35);
        await new DecisionsTakeEffect(kit, kit.Log, kit.Authority).RunAsync(CancellationToken.None);

        var (referral, emails) = Saved();
        Assert.Equal((2, (DateOnly?)new DateOnly(2026, 7, 6), (DateOnly?)null), (referral.OutcomeNumber, referral.OutcomeTookEffectOn, referral.OutcomeSuspendedUntil));
        Assert.Contains("but the licence had been surrendered on 30 June 2026, so nothing changed on it", emails[^1].Body);
        Assert.DoesNotContain("in force again", emails[^1].Body);
        await using var check = database.NewContext();
        Assert.Equal(Licensing.Domain.Licensees.LicenceStatus.Surrendered, (await check.Licences.SingleAsync()).Status);
    }

    [Theory]
    [InlineData(AppealOutcome.Allowed, 2, "allowed the appeal: the conditions were removed")]
    [InlineData(AppealOutcome.Dismissed, 1, null)]
    public async Task A_referrer_told_of_conditions_hears_when_the_court_removes_them_but_not_when_it_dismisses_the_appeal(AppealOutcome appeal, int emails, string? update)
    {
        var s = new ReviewScenario().WithFindings();
        s.Case.Recommend(new CaseRecommendation("Fit and proper with safeguards", CaseOutcome.Conditions, "Proven conduct calls for safeguards",
            Conditions: "Not to carry passengers under 18 unless booked through a licensed operator"), "Olivia Officer", ReviewScenario.Today);
        await using (var db = database.NewContext())
        {
            s.AddTo(db);
            db.PartnerReferrals.Add(PartnerReferral.Receive(new PartnerReferralDetails("Morgan", "Sarah", s.Person.DateOfBirth, null, "1001", null,
                "Passenger reported inappropriate comments on 3 March", null, "KC-44", Contact), "E07000207", "Kingsmere Council", s.Person.Id, s.Concern.Id, db.UtcNow));
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var review = await db.ReviewCases.WithParts().SingleAsync();
            await CaseDecisions.DecideAsync(db, review, new CaseDecisionInput(CaseOutcome.Conditions, "Proven conduct calls for safeguards",
                Conditions: "Not to carry passengers under 18 unless booked through a licensed operator"), DecisionMaker.AuthorisedOfficer, ReviewScenario.ManagerId, "Maya Manager", NoticeFixtures.Authority);
            await db.SaveChangesAsync();
        }
        Assert.Single(Saved().Emails);

        await using (var db = database.NewContext())
        {
            var review = await db.ReviewCases.WithParts().SingleAsync();
            review.LodgeConditionsAppeal(db.Today, "Eastbrook Magistrates' Court", null, db.Today);
            await CaseAppeals.RecordOutcomeAsync(db, review, appeal, db.Today, "The court heard the licensee", null, NoticeFixtures.Authority);
            await db.SaveChangesAsync();
        }

        var (referral, sent) = Saved();
        Assert.Equal(emails, sent.Count);
        if (update is not null)
        {
            Assert.Contains(update, sent[^1].Body);
            Assert.Equal(("conditions-removed-on-appeal", true), (ReferralOutcome.WireName(referral.Outcome!.Value), referral.OutcomeOnAppeal));
        }
    }

    [Fact]
    public async Task An_immediate_suspension_tells_the_referrer_its_dates_in_the_same_save_as_its_service_and_never_again()
    {
        await ReferredAsync(inReview: true, recommended: CaseOutcome.Suspension, immediate: true);
        await DecideAsync(CaseOutcome.Suspension, immediate: true);
        Assert.Contains("as soon as the driver is served", Assert.Single(Saved().Emails).Body);

        await ServeDecisionNoticeByHandAsync(ReviewScenario.Today);

        var today = ReviewScenario.Today;
        var (referral, emails) = Saved();
        Assert.Equal((2, (DateOnly?)today, (DateOnly?)today.AddMonths(3)), (referral.OutcomeNumber, referral.OutcomeTookEffectOn, referral.OutcomeSuspendedUntil));
        Assert.Equal(2, emails.Count);
        Assert.StartsWith("Update: outcome now in effect", emails[1].Subject);
        Assert.Contains($"for 3 months, from {LondonTime.Format(today)} to {LondonTime.Format(today.AddMonths(3).AddDays(-1))} inclusive", emails[1].Body);

        // The nightly run that follows, twice, has nothing left to tell.
        var kit = new JobsTestKit(database);
        var job = new DecisionsTakeEffect(kit, kit.Log, kit.Authority);
        kit.SetLondonTime(2026, 6, 16, 0, 35);
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(2, Saved().Emails.Count);
        Assert.Equal(2, Saved().Referral.OutcomeNumber);
    }

    [Fact]
    public async Task Two_saves_putting_the_same_decision_into_effect_at_once_tell_the_referrer_once()
    {
        await ReferredAsync(inReview: true, recommended: CaseOutcome.Suspension);
        await DecideAsync(CaseOutcome.Suspension);
        await ServeDecisionNoticeByHandAsync(ReviewScenario.Today);
        database.Clock.Advance(TimeSpan.FromDays(21));

        // Two servers (or a retry and a late run) each load the decision before either has saved.
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        foreach (var db in new[] { first, second })
            await DecisionsTakingEffect.TakeEffectAsync(db, await db.Decisions.SingleAsync(d => d.Kind == DecisionKind.Suspension), NoticeFixtures.Authority);
        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        var (referral, emails) = Saved();
        Assert.Equal(2, referral.OutcomeNumber);
        Assert.Equal(2, emails.Count);
    }

    [Fact]
    public async Task Opening_a_review_is_not_an_outcome()
    {
        await ReferredAsync();
        await using (var db = database.NewContext())
        {
            var concern = await db.Concerns.SingleAsync();
            concern.TriageAs(TriageOutcome.OpenReview, "Needs investigating", "Olivia Officer", db.UtcNow);
            await ReferralOutcomes.ConcernTriagedAsync(db, concern, NoticeFixtures.Authority);
            await db.SaveChangesAsync();
        }
        var (referral, emails) = Saved();
        Assert.Null(referral.Outcome);
        Assert.Empty(emails);
    }

    [Fact]
    public async Task Without_a_contact_address_the_outcome_is_recorded_for_an_officer_to_send_by_hand()
    {
        await ReferredAsync(contactEmail: null);
        await CloseAtTriageAsync(TriageOutcome.IntelligenceOnly);

        var (referral, emails) = Saved();
        Assert.Equal(ReferralDecision.KeptAsIntelligence, referral.Outcome);
        Assert.Empty(emails);
        Assert.Equal(ReferralTelling.TellByHand, referral.Telling(null));

        await using var db = database.NewContext();
        var tracked = await db.PartnerReferrals.SingleAsync();
        var refused = Assert.Throws<Licensing.Domain.Common.DomainRuleException>(() => tracked.RecordToldByHand(" ", "Olivia Officer", db.UtcNow));
        Assert.Equal("ToldHow", refused.Field);
        tracked.RecordToldByHand("Phoned their licensing team and emailed licensing@kingsmere.example", "Olivia Officer", db.UtcNow);
        await db.SaveChangesAsync();
        Assert.Equal(ReferralTelling.ToldByHand, Saved().Referral.Telling(null));
    }
}
