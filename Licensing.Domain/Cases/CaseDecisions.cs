using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Policy;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Cases;

/// <summary>
/// Records a review's decision with everything that must follow it in the same save: the Decision
/// (for a suspension or revocation, naming the policy version in force) through <see cref="DecisionConsequences"/>, or the warning letter;
/// and the outcome for any authority that referred one of its concerns.
/// The caller saves; a concurrent decision on the same case fails that save (ReviewCase is versioned).
/// </summary>
public static class CaseDecisions
{
    public sealed record Outcome(Decision? Decision, IReadOnlyList<string> Warnings);

    public static async Task<Outcome> DecideAsync(LicensingDbContext db, ReviewCase review, CaseDecisionInput input, DecisionMaker maker,
        string makerUserId, string makerName, AuthorityOptions authority, CancellationToken ct = default)
    {
        var person = await db.People.SingleAsync(p => p.Id == review.PersonId, ct);
        var licence = review.LicenceId is { } id ? await db.Licences.SingleAsync(l => l.Id == id, ct) : null;
        // A decision names the suitability policy in force when it was made (DESIGN.md), whoever decided it.
        input = input with { PolicyVersion = await db.CurrentPolicyLabelAsync(ct) };
        var decision = review.Decide(input, licence, maker, makerUserId, makerName, db.Today, db.UtcNow);
        if (decision is not null) DecisionConsequences.Follow(db, decision, person, authority);
        else if (input.Outcome is CaseOutcome.WarningLetter)
            db.Notices.Add(ReviewNotices.WarningLetter(review, db.UtcNow));
        else if (input.Outcome is CaseOutcome.Conditions)
            db.Notices.Add(ReviewNotices.ConditionsLetter(review, db.UtcNow));
        await Partners.ReferralOutcomes.CaseDecidedAsync(db, review, decision, authority, ct);
        return new Outcome(decision, ReviewCase.Warnings(input.Outcome, input.Reasons));
    }
}
