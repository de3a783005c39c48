using Licensing.Domain.Admin;
using Licensing.Domain.Cases;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Partners;

/// <summary>
/// Tells the authority that referred a concern what became of it (2022 Act), in the same save as the
/// step that decided it: triage closing the concern, the review's decision, the court's decision on
/// appeal, and a suspension or revocation taking effect (its dates). The outcome goes on the referral and, when the referrer gave a contact address, an email
/// goes into the notices outbox (sent once by the delivery job). Without an address the referrals
/// page asks an officer to tell them by hand. The caller saves.
/// </summary>
public static class ReferralOutcomes
{
    /// <summary>After <see cref="Concern.TriageAs"/>: no further action or intelligence only is an outcome; opening a review is not yet.</summary>
    public static async Task ConcernTriagedAsync(LicensingDbContext db, Concern concern, AuthorityOptions authority, CancellationToken ct = default)
    {
        if (concern.Triage is not (TriageStatus.NoFurtherAction or TriageStatus.IntelligenceOnly)) return;
        var referrals = await db.PartnerReferrals.Where(r => r.ConcernId == concern.Id).ToListAsync(ct);
        if (referrals.Count > 0) await TellAsync(db, referrals, ReferralOutcome.FromTriage(concern), concern.PersonId, null, authority, ct);
    }

    /// <summary>After the review is decided (officer or sub-committee): every referral whose concern is in the case.</summary>
    public static async Task CaseDecidedAsync(LicensingDbContext db, ReviewCase review, Decision? decision, AuthorityOptions authority, CancellationToken ct = default)
    {
        var referrals = await ReferralsInAsync(db, review, ct);
        if (referrals.Count > 0) await TellAsync(db, referrals, ReferralOutcome.FromCase(review, decision), review.PersonId, decision?.Id, authority, ct);
    }

    /// <summary>After the appeal is decided; a dismissed or withdrawn appeal leaves the outcome, and so tells nobody again.</summary>
    public static async Task AppealDecidedAsync(LicensingDbContext db, ReviewCase review, Decision original, Decision? replacement, AuthorityOptions authority, CancellationToken ct = default)
    {
        var referrals = await ReferralsInAsync(db, review, ct);
        // A restored licence's register entry is the original one, which now says what the court did.
        var onRegister = replacement is { IsAdverse: true } ? replacement.Id : original.Id;
        if (referrals.Count > 0) await TellAsync(db, referrals, ReferralOutcome.FromAppeal(review, original, replacement), review.PersonId, onRegister, authority, ct);
    }

    /// <summary>After the court decided an appeal against conditions the review added (nothing is on the register for conditions).</summary>
    public static async Task ConditionsAppealDecidedAsync(LicensingDbContext db, ReviewCase review, AuthorityOptions authority, CancellationToken ct = default)
    {
        var referrals = await ReferralsInAsync(db, review, ct);
        if (referrals.Count > 0) await TellAsync(db, referrals, ReferralOutcome.FromConditionsAppeal(review), review.PersonId, null, authority, ct);
    }

    /// <summary>
    /// After a suspension or revocation took effect — the nightly run after the 21 days, the service of an
    /// immediate-effect notice, the court's date — every referral told of that decision is told its dates,
    /// once: the outcome recorded already carries them the next time, so a second run tells nobody.
    /// </summary>
    /// <param name="nothingLeft">Why the licence did not change (<see cref="Licence.NothingLeftFor"/>), when it had already ended.</param>
    public static async Task DecisionTookEffectAsync(LicensingDbContext db, Decision decision, AuthorityOptions authority, string? nothingLeft, CancellationToken ct = default)
    {
        if (decision.ReviewCaseId is not { } caseId) return;
        var referrals = await db.PartnerReferrals.Where(r => r.OutcomeDecisionId == decision.Id).ToListAsync(ct);
        if (referrals.Count == 0) return;
        var review = await db.ReviewCases.SingleAsync(c => c.Id == caseId, ct);
        var original = decision.MakerKind == DecisionMaker.Court && decision.SupersedesDecisionId is { } superseded
            ? await db.Decisions.SingleAsync(d => d.Id == superseded, ct) : null;
        await TellAsync(db, referrals, ReferralOutcome.TookEffect(review, decision, original, nothingLeft), review.PersonId, decision.Id, authority, ct);
    }

    private static async Task<List<PartnerReferral>> ReferralsInAsync(LicensingDbContext db, ReviewCase review, CancellationToken ct)
    {
        // Concerns added to the case in this same unit of work are not in the database yet.
        var concernIds = db.Concerns.Local.Where(c => c.ReviewCaseId == review.Id).Select(c => c.Id)
            .Union(await db.Concerns.Where(c => c.ReviewCaseId == review.Id).Select(c => c.Id).ToListAsync(ct)).ToList();
        return await db.PartnerReferrals.Where(r => concernIds.Contains(r.ConcernId)).ToListAsync(ct);
    }

    private static async Task TellAsync(LicensingDbContext db, List<PartnerReferral> referrals, ReferralOutcome outcome, Guid? personId, Guid? registerDecisionId,
        AuthorityOptions authority, CancellationToken ct)
    {
        outcome = outcome with { RegisterReference = await RegisterReferenceAsync(db, registerDecisionId, ct) };
        foreach (var referral in referrals)
        {
            var change = referral.RecordOutcome(outcome, db.UtcNow);
            if (change == OutcomeChange.None || referral.ContactEmail is null) continue;
            var concernReference = await db.Concerns.Where(c => c.Id == referral.ConcernId).Select(c => c.Reference).SingleAsync(ct);
            // Only the licensee the concern is (still) linked to: one unlinked as a wrong match must not be named.
            var person = personId is { } id ? await db.People.Where(p => p.Id == id).Select(p => new { p.Forenames, p.Surname, p.DateOfBirth }).SingleOrDefaultAsync(ct) : null;
            var driver = person is null
                ? new ReferralEmail.Driver($"{referral.Forenames} {referral.Surname}", referral.DateOfBirth)
                : new ReferralEmail.Driver($"{person.Forenames} {person.Surname}", person.DateOfBirth);
            var (subject, body) = ReferralEmail.Compose(referral, change, concernReference, driver, authority);
            var message = OutboxMessage.Queue(referral.ContactEmail, subject, body, db.UtcNow, MessageIdDomain(authority), personId);
            db.OutboxMessages.Add(message);
            referral.EmailQueued(message);
        }
    }

    /// <summary>The register entry a details request would name, when the decision went on the register.</summary>
    private static async Task<string?> RegisterReferenceAsync(LicensingDbContext db, Guid? decisionId, CancellationToken ct) =>
        decisionId is not { } id ? null
            : db.RegisterEntries.Local.FirstOrDefault(e => e.DecisionId == id)?.Reference
              ?? await db.RegisterEntries.Where(e => e.DecisionId == id).Select(e => e.Reference).FirstOrDefaultAsync(ct);

    /// <summary>Message-IDs carry this authority's mail domain, as the notices' do (the sender's address defaults to it).</summary>
    private static string MessageIdDomain(AuthorityOptions authority) =>
        authority.Email.Contains('@') ? authority.Email[(authority.Email.LastIndexOf('@') + 1)..].Trim() : "licensing.invalid";
}
