using Licensing.Domain.Admin;
using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Concerns;

/// <summary>
/// Triage of a concern, whole, in the caller's save: closed (no further action, or kept as intelligence,
/// and a referring authority told), or opened as a review case of the licensee it is linked to.
/// </summary>
public static class ConcernTriage
{
    /// <returns>The review case opened, if triage opened one.</returns>
    public static async Task<ReviewCase?> RecordAsync(LicensingDbContext db, Concern concern, TriageOutcome? outcome, string? reasons,
        Guid? reviewLicenceId, string userId, string userName, AuthorityOptions authority, CancellationToken ct = default)
    {
        if (outcome is not { } chosen) throw new DomainRuleException("Choose the outcome of triage", "TriageOutcome");
        concern.TriageAs(chosen, reasons, userName, db.UtcNow);
        if (chosen != TriageOutcome.OpenReview)
        {
            await ReferralOutcomes.ConcernTriagedAsync(db, concern, authority, ct);
            return null;
        }
        var person = await db.People.SingleAsync(p => p.Id == concern.PersonId, ct);
        var licence = await db.Licences.SingleOrDefaultAsync(l => l.Id == reviewLicenceId, ct);
        var review = ReviewCase.Open(await db.NextReviewReferenceAsync(ct), person, licence, [concern], userId, userName, db.Today, db.UtcNow);
        db.ReviewCases.Add(review);
        return review;
    }
}
