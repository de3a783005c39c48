using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices;

namespace Licensing.Domain.Decisions;

/// <summary>
/// What must follow from recording a decision, in the same save: the decision itself, the notice it
/// owes the licensee (none for the court's decision on appeal), and (for refusals, suspensions and revocations) the register entry that lets
/// other authorities find it. Applications and reviews both record decisions through here.
/// </summary>
public static class DecisionConsequences
{
    public static void Follow(LicensingDbContext db, Decision decision, Person person, AuthorityOptions authority)
    {
        db.Decisions.Add(decision);
        var noticeKind = decision.Kind switch
        {
            DecisionKind.Refusal => NoticeKind.Refusal,
            DecisionKind.RefusalToRenew => NoticeKind.RefusalToRenew,
            DecisionKind.Suspension => NoticeKind.Suspension,
            DecisionKind.Revocation => NoticeKind.Revocation,
            DecisionKind.Grant => NoticeKind.LicenceDocument,
            _ => (NoticeKind?)null,
        };
        // A court's decision on appeal is the court's order, which is its own notice: a council notice of it would say the
        // council decided, give a right of appeal against the court, and promise 21 days the court's decision does not wait.
        if (noticeKind is { } kind && decision.MakerKind != DecisionMaker.Court)
            db.Notices.Add(Notice.Draft(kind, person.Id, db.UtcNow, decision.Id, decision.LicenceId, decision.ApplicationId, decision.ReviewCaseId));
        Register.RegisterDecisions.Record(db, decision, person, authority);
    }
}
