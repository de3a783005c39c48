using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Cases;

/// <summary>
/// The letters a review owes the licensee, drafted with the particulars the notices feature needs to
/// render them (what they are asked to answer and by when; the warning itself). Issue and service
/// belong to the notices feature.
/// </summary>
public static class ReviewNotices
{
    public static Notice RepresentationsInvitation(ReviewCase review, DateTime nowUtc) =>
        Notice.Draft(NoticeKind.RepresentationsInvitation, review.PersonId, nowUtc, licenceId: review.LicenceId, reviewCaseId: review.Id)
            .Fill(new NoticeParticulars(Body: Allegations(review), RepresentationsBy: review.RepresentationsDueOn));

    /// <summary>
    /// When the invitation to make representations reached the licensee: the latest served (a correction starts
    /// their time again), or null if none has been served. Findings wait for it (<see cref="ReviewCase.MayMakeFindings"/>).
    /// </summary>
    public static Task<DateOnly?> InvitationServedOnAsync(LicensingDbContext db, Guid reviewCaseId, CancellationToken ct = default) =>
        db.Notices.Where(n => n.ReviewCaseId == reviewCaseId && n.Kind == NoticeKind.RepresentationsInvitation && n.ServedOn != null)
            .OrderByDescending(n => n.ServedOn).Select(n => n.ServedOn).FirstOrDefaultAsync(ct);

    public static Notice WarningLetter(ReviewCase review, DateTime nowUtc) =>
        Notice.Draft(NoticeKind.WarningLetter, review.PersonId, nowUtc, licenceId: review.LicenceId, reviewCaseId: review.Id)
            .Fill(new NoticeParticulars(Body: $"{Allegations(review, provenOnly: true)}\n\n{review.OutcomeReasons}"));

    /// <summary>
    /// Conditions added to the licence on review: the licensee is told what they are, from when, the findings and the
    /// reasons, as with any decision about their licence (there is no Decision record for conditions to carry a notice).
    /// </summary>
    public static Notice ConditionsLetter(ReviewCase review, DateTime nowUtc)
    {
        if (review.Outcome != CaseOutcome.Conditions || review.OutcomeConditions is not { } conditions || review.DecidedOn is not { } on)
            throw new DomainRuleException("Only a review decided with conditions has conditions to tell the licensee about");
        return Notice.Draft(NoticeKind.ConditionsLetter, review.PersonId, nowUtc, licenceId: review.LicenceId, reviewCaseId: review.Id)
            .Fill(new NoticeParticulars(Body:
                $"{Allegations(review, provenOnly: true)}\n\nWe have added these conditions to your licence. They apply from {LondonTime.Format(on)}:\n{conditions}\n\nOur reasons:\n{review.OutcomeReasons}"));
    }

    public static string Allegations(ReviewCase review, bool provenOnly = false)
    {
        var list = review.Allegations.Where(a => !provenOnly || a.Proven == true).OrderBy(a => a.Number).Select(a => $"{a.Number}. {a.Text}");
        return (provenOnly ? "We found the following proven on the balance of probabilities:\n" : "You are asked to answer the following allegations:\n") + string.Join("\n", list);
    }
}
