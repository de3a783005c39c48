using Licensing.Domain.Notices;

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

    public static Notice WarningLetter(ReviewCase review, DateTime nowUtc) =>
        Notice.Draft(NoticeKind.WarningLetter, review.PersonId, nowUtc, licenceId: review.LicenceId, reviewCaseId: review.Id)
            .Fill(new NoticeParticulars(Body: $"{Allegations(review, provenOnly: true)}\n\n{review.OutcomeReasons}"));

    public static string Allegations(ReviewCase review, bool provenOnly = false)
    {
        var list = review.Allegations.Where(a => !provenOnly || a.Proven == true).OrderBy(a => a.Number).Select(a => $"{a.Number}. {a.Text}");
        return (provenOnly ? "We found the following proven on the balance of probabilities:\n" : "You are asked to answer the following allegations:\n") + string.Join("\n", list);
    }
}
