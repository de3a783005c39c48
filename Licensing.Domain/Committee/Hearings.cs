using Licensing.Domain.Admin;
using Licensing.Domain.Cases;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Committee;

/// <summary>The sub-committee's part of a review: arranging a hearing and recording its decision.</summary>
public static class Hearings
{
    /// <summary>
    /// Every query for hearings goes through here: a committee member sees only the hearings they sit
    /// on; licensing managers (who arrange them) see all.
    /// </summary>
    public static IQueryable<Hearing> VisibleTo(LicensingDbContext db, string userId, bool isManager) =>
        isManager ? db.Hearings : db.Hearings.Where(h => h.Members.Any(m => m.UserId == userId));

    /// <summary>
    /// Arranges the hearing and drafts the licensee's invitation and the hearing pack (its sections
    /// composed now, from the case as it stands), in the caller's save.
    /// </summary>
    public static async Task<Hearing> ArrangeAsync(LicensingDbContext db, ReviewCase review, DateOnly hearingOn, string time, string venue, IReadOnlyList<(string UserId, string Name)> members, CancellationToken ct = default)
    {
        var hearing = Hearing.Schedule(review, hearingOn, time, venue, members, db.Today);
        db.Hearings.Add(hearing);
        db.Notices.Add(Notice.Draft(NoticeKind.HearingInvitation, review.PersonId, db.UtcNow, licenceId: review.LicenceId, reviewCaseId: review.Id)
            .Fill(new NoticeParticulars(Body: ReviewNotices.Allegations(review), HearingOn: hearingOn, HearingTime: hearing.Time, HearingPlace: hearing.Venue)));
        // The pack is served on the licensee: handling code C intelligence is never in it, whoever may read it on screen.
        var sections = await HearingPack.ComposeAsync(db, review, ct, withholdRestricted: true);
        db.Notices.Add(Notice.Draft(NoticeKind.HearingPack, review.PersonId, db.UtcNow, licenceId: review.LicenceId, reviewCaseId: review.Id)
            .Fill(new NoticeParticulars(Sections: sections.Select(s => new PackSection(s.Title, "", s.Lines)).ToList())));
        return hearing;
    }

    /// <summary>A member of the panel records the sub-committee's decision on the case and the reasons as announced.</summary>
    public static async Task<CaseDecisions.Outcome> DecideAsync(LicensingDbContext db, Hearing hearing, CaseDecisionInput input, string userId, string userName, AuthorityOptions authority, CancellationToken ct = default)
    {
        if (!hearing.HasMember(userId)) throw new Common.DomainRuleException("Only a member of this hearing's panel can record its decision");
        var review = await db.ReviewCases.WithParts().SingleAsync(c => c.Id == hearing.ReviewCaseId, ct);
        hearing.RecordDecision(input.Reasons, userName, db.Today, db.UtcNow);
        return await CaseDecisions.DecideAsync(db, review, input, DecisionMaker.SubCommittee, userId, $"Licensing sub-committee ({hearing.Panel})", authority, ct);
    }
}
