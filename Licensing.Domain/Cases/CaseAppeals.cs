using Licensing.Domain.Admin;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Cases;

/// <summary>
/// The court's decision on an appeal (LGMPA s.77) and what follows for the licence. Dismissed or
/// withdrawn: the decision takes effect on that date (if it had not already). Allowed: it never takes
/// effect, or the licence is restored. Varied: the court's decision replaces the council's. The
/// court's outcome is recorded as a new Decision superseding the original, so the register follows it.
/// </summary>
public static class CaseAppeals
{
    public static async Task<Decision?> RecordOutcomeAsync(LicensingDbContext db, ReviewCase review, AppealOutcome outcome, DateOnly on, string notes,
        CaseDecisionInput? variedTo, AuthorityOptions authority, CancellationToken ct = default)
    {
        if (review.Outcome == CaseOutcome.Conditions && review.DecisionId is null)
        {
            await ConditionsDecidedAsync(db, review, outcome, on, notes, variedTo?.Conditions, authority, ct);
            return null;
        }
        var original = await db.Decisions.SingleAsync(d => d.Id == review.DecisionId, ct);
        var licence = await db.Licences.SingleAsync(l => l.Id == original.LicenceId, ct);
        var person = await db.People.SingleAsync(p => p.Id == review.PersonId, ct);
        if (outcome == AppealOutcome.Varied && variedTo is null) throw new DomainRuleException("Record what the court substituted", "VariedOutcome");
        review.RecordAppealOutcome(outcome, on, notes, db.Today);
        var court = review.AppealCourt ?? "Magistrates' court";
        // The register entry stays (the decision was made) but says what the court did with it.
        await Register.RegisterDecisions.AppealDecidedAsync(db, original, $"Appeal {outcome.ToString().ToLowerInvariant()} by {court}", on, ct);

        var replacement = FollowTheCourt();
        // What the court leaves in force takes effect when the court gives its decision, in this save.
        await DecisionsTakingEffect.IfDueAsync(db, replacement ?? original, authority, ct);
        // The authority that referred a concern in this case hears if the court changed the outcome.
        await Partners.ReferralOutcomes.AppealDecidedAsync(db, review, original, replacement, authority, ct);
        return replacement;

        Decision? FollowTheCourt()
        {
            switch (outcome)
            {
                case AppealOutcome.Dismissed or AppealOutcome.Withdrawn:
                    original.AppealFinallyDecided(on);
                    return null;
                case AppealOutcome.Allowed:
                {
                    var reinstatement = Decision.Record(new DecisionDraft(review.PersonId, DecisionKind.Reinstatement, licence.Type, DecisionMaker.Court, court,
                        $"Appeal allowed: {notes}", on, LicenceId: licence.Id, ReviewCaseId: review.Id, SupersedesDecisionId: original.Id), db.UtcNow);
                    licence.RestoreOnAppeal(original, reinstatement, on, $"Appeal allowed by {court}");
                    reinstatement.AppealFinallyDecided(on);
                    reinstatement.MarkTakenEffect(on);
                    DecisionConsequences.Follow(db, reinstatement, person, authority);
                    return reinstatement;
                }
                default:
                {
                    var v = variedTo!;
                    var kind = v.Outcome switch { CaseOutcome.Suspension => DecisionKind.Suspension, CaseOutcome.Revocation => DecisionKind.Revocation, _ => DecisionKind.Reinstatement };
                    var varied = Decision.Record(new DecisionDraft(review.PersonId, kind, licence.Type, DecisionMaker.Court, court, $"Varied on appeal: {v.Reasons}", on,
                        kind == DecisionKind.Reinstatement ? null : original.Grounds, licence.Id, ReviewCaseId: review.Id, SupersedesDecisionId: original.Id,
                        SuspensionPeriod: kind == DecisionKind.Suspension ? v.Suspension : null), db.UtcNow);
                    licence.RestoreOnAppeal(original, varied, on, $"Decision varied on appeal by {court}");
                    // The court's decision takes effect when it is given.
                    varied.AppealFinallyDecided(on);
                    if (kind == DecisionKind.Reinstatement) varied.MarkTakenEffect(on);
                    DecisionConsequences.Follow(db, varied, person, authority);
                    return varied;
                }
            }
        }
    }

    /// <summary>
    /// The court's decision on an appeal against conditions a review added: dismissed or withdrawn, they stay;
    /// allowed, they come off the licence; varied, the court's conditions take their place. There is no Decision
    /// to supersede and no register entry (conditions are neither), so the case and the licence carry it, audited.
    /// </summary>
    private static async Task ConditionsDecidedAsync(LicensingDbContext db, ReviewCase review, AppealOutcome outcome, DateOnly on, string notes,
        string? substituted, AuthorityOptions authority, CancellationToken ct)
    {
        if (outcome == AppealOutcome.Varied && string.IsNullOrWhiteSpace(substituted))
            throw new DomainRuleException("Write the conditions the court put in place of ours", "VariedConditions");
        review.RecordAppealOutcome(outcome, on, notes, db.Today);
        if (outcome is AppealOutcome.Allowed or AppealOutcome.Varied)
        {
            var licence = await db.Licences.SingleAsync(l => l.Id == review.LicenceId, ct);
            licence.ConditionsDecidedOnAppeal(review, outcome == AppealOutcome.Varied ? substituted : null, on, review.AppealCourt ?? "the magistrates' court");
        }
        // The authority that referred a concern in this case hears if the court changed the conditions.
        await Partners.ReferralOutcomes.ConditionsAppealDecidedAsync(db, review, authority, ct);
    }
}
