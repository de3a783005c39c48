using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Audit;
using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Committee;

/// <summary>The sub-committee's part of a review or an application: arranging a hearing and recording its decision.</summary>
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
        var earlier = await db.Hearings.Where(h => h.ReviewCaseId == review.Id).LatestFirst().FirstOrDefaultAsync(ct);
        RequireNoHearingPending(earlier);
        var hearing = Hearing.Schedule(review, hearingOn, time, venue, members, db.Today);
        // The pack is served on the licensee: handling code C intelligence is never in it, whoever may read it on screen.
        Add(db, hearing, AdjournedFrom(earlier) + ReviewNotices.Allegations(review), await HearingPack.ComposeAsync(db, review, ct, withholdRestricted: true), review.LicenceId);
        return hearing;
    }

    /// <summary>The hearing a case or application is at now: the one not adjourned, else the latest adjourned.</summary>
    public static IQueryable<Hearing> LatestFirst(this IQueryable<Hearing> hearings) =>
        hearings.OrderBy(h => h.Status == HearingStatus.Adjourned).ThenByDescending(h => h.HearingOn).ThenByDescending(h => h.Id);

    /// <summary>
    /// A licensing manager (before the day) or a member of the panel (at the hearing) adjourns it, with reasons.
    /// The invitation and pack drafted for it and not yet issued are withdrawn, so they cannot be sent by mistake;
    /// if the invitation was issued, a letter telling the licensee the hearing will not go ahead is drafted;
    /// a new hearing is then arranged from the case or application, and its invitation says why this one was
    /// adjourned. In the caller's save.
    /// </summary>
    public static async Task AdjournAsync(LicensingDbContext db, Hearing hearing, string reasons, string userId, string userName, bool isManager, CancellationToken ct = default)
    {
        // Adjourn refuses a hearing no longer scheduled, with its own reason.
        if (hearing.Status == HearingStatus.Scheduled && !hearing.MayBeAdjournedBy(userId, isManager))
            throw new DomainRuleException("Only a licensing manager or a member of this hearing's panel can adjourn it");
        hearing.Adjourn(reasons, userName, db.UtcNow);
        var ofMatter = hearing.ReviewCaseId is { } caseId ? db.Notices.Where(n => n.ReviewCaseId == caseId) : db.Notices.Where(n => n.ApplicationId == hearing.ApplicationId);
        // Only one hearing of a matter is scheduled at a time, so the matter's unissued invitation and pack are this hearing's.
        var drafts = await ofMatter.Where(n => n.Status == NoticeStatus.Draft && (n.Kind == NoticeKind.HearingInvitation || n.Kind == NoticeKind.HearingPack)).ToListAsync(ct);
        foreach (var draft in drafts) draft.WithdrawDraft($"the hearing on {LondonTime.Format(hearing.HearingOn)} was adjourned");
        // Whoever was sent the invitation to this date is told it will not go ahead; an invitation never issued told nobody.
        var issued = await ofMatter.Where(n => n.Kind == NoticeKind.HearingInvitation && (n.Status == NoticeStatus.Issued || n.Status == NoticeStatus.Served)).ToListAsync(ct);
        if (issued.FirstOrDefault(n => n.Particulars.HearingOn == hearing.HearingOn) is { } invitation)
            db.Notices.Add(Notice.Draft(NoticeKind.HearingAdjourned, hearing.PersonId, db.UtcNow, licenceId: invitation.LicenceId, applicationId: hearing.ApplicationId, reviewCaseId: hearing.ReviewCaseId)
                .Fill(invitation.Particulars with { Body = $"The reasons: {hearing.AdjournmentReasons}", Sections = null, RepresentationsBy = null }));
        if (hearing.ApplicationId is { } appId)
            (await db.Applications.SingleAsync(a => a.Id == appId, ct)).HearingAdjourned(hearing.Id);
    }

    /// <summary>Whether a new hearing may be arranged for a matter whose current hearing (<see cref="LatestFirst"/>) is <paramref name="current"/>.</summary>
    public static bool MayArrangeAfter(Hearing? current) => current is null or { Status: HearingStatus.Adjourned };

    private static void RequireNoHearingPending(Hearing? earlier)
    {
        if (MayArrangeAfter(earlier)) return;
        if (earlier is { Status: HearingStatus.Scheduled })
            throw new DomainRuleException($"A hearing is already arranged for {LondonTime.Format(earlier.HearingOn)}: adjourn it before arranging another");
        if (earlier is { Status: HearingStatus.Decided }) throw new DomainRuleException("The sub-committee has already decided at a hearing");
    }

    /// <summary>The opening of a new hearing's invitation when it replaces an adjourned one: the licensee is told why.</summary>
    private static string AdjournedFrom(Hearing? earlier) => earlier is { Status: HearingStatus.Adjourned }
        ? $"The hearing arranged for {LondonTime.Format(earlier.HearingOn)} was adjourned. The reasons: {earlier.AdjournmentReasons}\n\nThe sub-committee will now hear the matter on the date below.\n\n"
        : "";

    /// <summary>
    /// Arranges the hearing of a referred application and drafts the applicant's invitation (saying why
    /// the application was referred) and the hearing pack, in the caller's save.
    /// </summary>
    public static async Task<Hearing> ArrangeForApplicationAsync(LicensingDbContext db, LicenceApplication app, DateOnly hearingOn, string time, string venue,
        IReadOnlyList<(string UserId, string Name)> members, ApplicationOptions options, CancellationToken ct = default)
    {
        var earlier = await db.Hearings.Where(h => h.ApplicationId == app.Id).LatestFirst().FirstOrDefaultAsync(ct);
        RequireNoHearingPending(earlier);
        var hearing = Hearing.ScheduleForApplication(app, hearingOn, time, venue, members, db.Today);
        app.HearingArranged(hearing.Id);
        var body = AdjournedFrom(earlier) + $"The sub-committee will decide your {app.Kind.ToString().ToLowerInvariant()} application {app.Reference} for a {app.LicenceType.Describe().ToLowerInvariant()} licence: " +
                   $"whether to grant it, with or without conditions, or to refuse it. The authorised officer referred it to the sub-committee because: {app.ReferralReasons}";
        // Served on the applicant, so handling code C intelligence is never in it (as for a review's pack).
        Add(db, hearing, body, await HearingPack.ComposeForApplicationAsync(db, app, options, ct, withholdRestricted: true), app.RenewsLicenceId, app.LicenceType);
        return hearing;
    }

    private static void Add(LicensingDbContext db, Hearing hearing, string invitationBody, IReadOnlyList<HearingPack.Section> pack, Guid? licenceId, LicenceType? licenceType = null)
    {
        db.Hearings.Add(hearing);
        db.Notices.Add(Notice.Draft(NoticeKind.HearingInvitation, hearing.PersonId, db.UtcNow, licenceId: licenceId, applicationId: hearing.ApplicationId, reviewCaseId: hearing.ReviewCaseId)
            .Fill(new NoticeParticulars(Body: invitationBody, HearingOn: hearing.HearingOn, HearingTime: hearing.Time, HearingPlace: hearing.Venue, LicenceType: licenceType)));
        db.Notices.Add(Notice.Draft(NoticeKind.HearingPack, hearing.PersonId, db.UtcNow, licenceId: licenceId, applicationId: hearing.ApplicationId, reviewCaseId: hearing.ReviewCaseId)
            .Fill(new NoticeParticulars(Sections: pack.Select(s => new PackSection(s.Title, "", s.Lines)).ToList(), LicenceType: licenceType)));
    }

    /// <summary>A member of the panel records the sub-committee's decision on the case and the reasons as announced.</summary>
    public static async Task<CaseDecisions.Outcome> DecideAsync(LicensingDbContext db, Hearing hearing, CaseDecisionInput input, string userId, string userName, AuthorityOptions authority, CancellationToken ct = default)
    {
        RequirePanelMember(hearing, userId);
        if (hearing.ReviewCaseId is not { } caseId) throw new DomainRuleException("This hearing is about an application: record a grant or a refusal");
        var review = await db.ReviewCases.WithParts().SingleAsync(c => c.Id == caseId, ct);
        hearing.RecordDecision(input.Reasons, userName, db.Today, db.UtcNow);
        return await CaseDecisions.DecideAsync(db, review, input, DecisionMaker.SubCommittee, userId, $"Licensing sub-committee ({hearing.Panel})", authority, ct);
    }

    /// <summary>
    /// A member of the panel records the sub-committee's grant or refusal of the application, with its
    /// findings and reasons. The decision, licence or refusal notice and register entry follow exactly as
    /// for an authorised officer's decision, and the hearing is marked decided, all in the caller's save.
    /// </summary>
    public static async Task<Decision> DecideApplicationAsync(LicensingDbContext db, Hearing hearing, ApplicationDecisionDraft draft, string findings, string userId, string userName,
        ApplicationOptions options, AuthorityOptions authority, CancellationToken ct = default)
    {
        RequirePanelMember(hearing, userId);
        if (hearing.ApplicationId is not { } appId) throw new DomainRuleException("This hearing is about a review case: record the review's outcome");
        if (draft.Outcome == DecisionOutcome.ReferToSubCommittee) throw new DomainRuleException("The sub-committee decides: grant or refuse the application", "Outcome");
        var app = await ApplicationDecisions.LoadAsync(db, appId, ct) ?? throw new DomainRuleException("The application is missing");
        hearing.RecordDecision(draft.Reasons, userName, db.Today, db.UtcNow, findings);
        var reasons = $"Findings: {hearing.Findings}\nReasons: {hearing.AnnouncedReasons}";
        var maker = new Actor(userId, $"Licensing sub-committee ({hearing.Panel})");
        return await ApplicationDecisions.DecideAsync(db, app, draft with { Reasons = reasons }, maker, DecisionMaker.SubCommittee, options, authority, ct)
               ?? throw new InvalidOperationException("A sub-committee decision is a grant or a refusal");
    }

    private static void RequirePanelMember(Hearing hearing, string userId)
    {
        if (!hearing.HasMember(userId)) throw new DomainRuleException("Only a member of this hearing's panel can record its decision");
    }
}
