using System.Text.RegularExpressions;
using Licensing.Domain.Common;
using Licensing.Domain.Concerns;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;

namespace Licensing.Domain.Cases;

/// <summary>
/// A review of a licensee's fitness: concerns under review, allegations, evidence, the licensee's
/// representations, findings on the balance of probabilities, a recommendation, and a decision by an
/// authorised officer (never the investigating officer) or the licensing sub-committee. Each step
/// is a method that refuses, with a sentence, what the law or fairness does not allow.
/// </summary>
public sealed partial class ReviewCase : IVersioned, IBelongsToPerson
{
    public const int DefaultRepresentationsDays = 14;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Reference { get; private set; } = "";
    public Guid PersonId { get; private set; }
    /// <summary>The licence under review; a suspension or revocation acts on it.</summary>
    public Guid? LicenceId { get; private set; }
    public ConcernCategory Category { get; private set; }
    public string OfficerUserId { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    public DateOnly OpenedOn { get; private set; }
    public CaseStage Stage { get; private set; } = CaseStage.Investigating;
    public DateOnly StageSince { get; private set; }

    public List<Allegation> Allegations { get; private set; } = [];
    public List<EvidenceItem> Evidence { get; private set; } = [];
    public List<InterviewRecord> Interviews { get; private set; } = [];
    public List<RepresentationsExtension> Extensions { get; private set; } = [];

    public DateOnly? RepresentationsInvitedOn { get; private set; }
    public DateOnly? RepresentationsDueOn { get; private set; }
    public DateOnly? RepresentationsReceivedOn { get; private set; }
    public string? Representations { get; private set; }
    /// <summary>Set only where public safety requires an immediate-effect decision before the licensee can be heard.</summary>
    public string? RepresentationsSkippedReasons { get; private set; }

    public string? Conclusion { get; private set; }
    public CaseOutcome? Recommendation { get; private set; }
    public string? RecommendationReasons { get; private set; }
    public int? RecommendedSuspensionLength { get; private set; }
    public SuspensionUnit? RecommendedSuspensionUnit { get; private set; }
    public SuspensionPeriod? RecommendedSuspension =>
        RecommendedSuspensionLength is { } n && RecommendedSuspensionUnit is { } unit ? new SuspensionPeriod(n, unit) : null;
    /// <summary>A fixed end date recommended before suspensions were recommended as periods; kept to show, never set now.</summary>
    public DateOnly? RecommendedSuspensionEndsOn { get; private set; }
    public bool RecommendImmediateEffect { get; private set; }
    public string? RecommendedPublicSafetyReasons { get; private set; }
    public string? RecommendedConditions { get; private set; }
    public DateOnly? RecommendedOn { get; private set; }
    public string? RecommendedBy { get; private set; }

    public DateOnly? ReferredOn { get; private set; }
    public string? ReferralReasons { get; private set; }

    public CaseOutcome? Outcome { get; private set; }
    public string? OutcomeReasons { get; private set; }
    public string? OutcomeConditions { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public string? DecidedBy { get; private set; }
    public DecisionMaker? DecidedByKind { get; private set; }
    public Guid? DecisionId { get; private set; }

    public DateOnly? AppealLodgedOn { get; private set; }
    public string? AppealCourt { get; private set; }
    public DateOnly? AppealHearingOn { get; private set; }
    public AppealOutcome? AppealOutcome { get; private set; }
    public DateOnly? AppealDecidedOn { get; private set; }
    public string? AppealNotes { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public int Version { get; set; }

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    public bool IsOpen => Stage is not CaseStage.Closed;
    public bool RepresentationsSkipped => RepresentationsSkippedReasons is not null;

    private ReviewCase() { }

    public static ReviewCase Open(string reference, Person person, Licence? licence, IReadOnlyList<Concern> concerns, string officerUserId, string officerName, DateOnly today, DateTime nowUtc)
    {
        if (concerns.Count == 0) throw new DomainRuleException("A review starts from at least one concern", "Concerns");
        if (licence is not null && licence.HolderId != person.Id) throw new DomainRuleException("The licence under review must be held by this licensee", "LicenceId");
        if (string.IsNullOrWhiteSpace(officerUserId)) throw new DomainRuleException("Name the investigating officer", "Officer");
        var review = new ReviewCase
        {
            Reference = reference,
            PersonId = person.Id,
            LicenceId = licence?.Id,
            Category = concerns.Min(c => c.Category),
            OfficerUserId = officerUserId,
            OfficerName = officerName,
            OpenedOn = today,
            StageSince = today,
        };
        foreach (var c in concerns) c.PlaceUnderReview(review.Id, person.Id, officerName, nowUtc);
        return review;
    }

    public void AddConcern(Concern concern, string by, DateTime nowUtc)
    {
        RequireBefore(CaseStage.Decided, "add a concern to");
        concern.PlaceUnderReview(Id, PersonId, by, nowUtc);
        if (concern.Category < Category) Category = concern.Category;
    }

    public void ReassignOfficer(string userId, string name)
    {
        RequireBefore(CaseStage.Decided, "reassign");
        if (string.IsNullOrWhiteSpace(userId)) throw new DomainRuleException("Choose the investigating officer", "Officer");
        OfficerUserId = userId;
        OfficerName = name;
    }

    public Allegation FrameAllegation(string text, IEnumerable<Guid> fromConcernIds)
    {
        if (Stage != CaseStage.Investigating || RepresentationsSkipped)
            throw new DomainRuleException("Allegations are fixed once the licensee has been told the case against them; record a further concern for anything new", "AllegationText");
        if (string.IsNullOrWhiteSpace(text)) throw new DomainRuleException("Write the allegation the licensee is to answer", "AllegationText");
        var allegation = new Allegation(Allegations.Count + 1, text.Trim(), fromConcernIds);
        Allegations.Add(allegation);
        return allegation;
    }

    public EvidenceItem AddEvidence(EvidenceKind kind, string description, string source, Grading grading, DateOnly obtainedOn, string by, DateOnly today)
    {
        RequireBefore(CaseStage.Decided, "add evidence to");
        if (string.IsNullOrWhiteSpace(description)) throw new DomainRuleException("Describe the evidence", "EvidenceDescription");
        if (string.IsNullOrWhiteSpace(source)) throw new DomainRuleException("Say where the evidence came from", "EvidenceSource");
        if (obtainedOn > today) throw new DomainRuleException("The date obtained cannot be in the future", "EvidenceObtainedOn");
        var item = new EvidenceItem(Evidence.Count + 1, kind, description.Trim(), source.Trim(), grading, obtainedOn, by);
        Evidence.Add(item);
        return item;
    }

    public void RecordInterview(DateOnly heldOn, string interviewee, string present, string summary, string by, DateOnly today)
    {
        RequireBefore(CaseStage.Decided, "add an interview to");
        if (heldOn > today) throw new DomainRuleException("The interview date cannot be in the future", "InterviewHeldOn");
        if (string.IsNullOrWhiteSpace(interviewee)) throw new DomainRuleException("Say who was interviewed", "Interviewee");
        if (string.IsNullOrWhiteSpace(summary)) throw new DomainRuleException("Record what was said", "InterviewSummary");
        Interviews.Add(new InterviewRecord(heldOn, interviewee.Trim(), present?.Trim() ?? "", summary.Trim(), by));
    }

    /// <summary>Natural justice: the licensee is told the allegations and given time to answer (default 14 days).</summary>
    public void InviteRepresentations(DateOnly invitedOn, DateOnly? dueOn, DateOnly today)
    {
        if (Stage != CaseStage.Investigating || RepresentationsSkipped) throw new DomainRuleException($"Representations can only be invited while the case is being investigated (it is {Describe(Stage)})");
        if (Allegations.Count == 0) throw new DomainRuleException("Frame at least one allegation before inviting representations: the licensee must know the case against them", "AllegationText");
        if (invitedOn > today) throw new DomainRuleException("The invitation date cannot be in the future", "InvitedOn");
        var due = dueOn ?? invitedOn.AddDays(DefaultRepresentationsDays);
        if (due <= invitedOn) throw new DomainRuleException("The deadline must be after the invitation", "DueOn");
        RepresentationsInvitedOn = invitedOn;
        RepresentationsDueOn = due;
        MoveTo(CaseStage.RepresentationsInvited, today);
    }

    public void ExtendRepresentations(DateOnly newDueOn, string reason, DateOnly today)
    {
        if (Stage != CaseStage.RepresentationsInvited || RepresentationsDueOn is not { } due) throw new DomainRuleException("Only an open invitation to make representations can be extended");
        if (RepresentationsReceivedOn is not null) throw new DomainRuleException("The representations have already been received");
        if (newDueOn <= due) throw new DomainRuleException($"The new deadline must be after the current one ({LondonTime.Format(due)})", "NewDueOn");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Say why more time was given", "ExtensionReason");
        Extensions.Add(new RepresentationsExtension(today, due, newDueOn, reason.Trim()));
        RepresentationsDueOn = newDueOn;
    }

    /// <summary>The licensee's reply. Late replies are still recorded and must be considered before the decision.</summary>
    public void RecordRepresentations(DateOnly receivedOn, string summary, DateOnly today)
    {
        if (RepresentationsInvitedOn is null) throw new DomainRuleException("Invite representations before recording a reply");
        RequireBefore(CaseStage.Decided, "record representations on");
        if (receivedOn > today) throw new DomainRuleException("The date received cannot be in the future", "ReceivedOn");
        if (receivedOn < RepresentationsInvitedOn) throw new DomainRuleException("The reply cannot be received before the invitation", "ReceivedOn");
        if (string.IsNullOrWhiteSpace(summary)) throw new DomainRuleException("Record what the licensee said (or that they said nothing)", "Representations");
        RepresentationsReceivedOn = receivedOn;
        Representations = summary.Trim();
    }

    /// <summary>Only where public safety requires immediate effect: the decision must then be immediate-effect, with those reasons.</summary>
    public void SkipRepresentations(string publicSafetyReasons, DateOnly today)
    {
        if (Stage != CaseStage.Investigating) throw new DomainRuleException("Representations can only be skipped before they are invited");
        if (Allegations.Count == 0) throw new DomainRuleException("Frame the allegations first", "AllegationText");
        if (string.IsNullOrWhiteSpace(publicSafetyReasons))
            throw new DomainRuleException("Explain why public safety requires a decision with immediate effect before the licensee can be heard", "SkipReasons");
        RepresentationsSkippedReasons = publicSafetyReasons.Trim();
        StageSince = today;
    }

    /// <summary>
    /// True when findings may be made: the licensee answered, or the invitation was served and the time it gave has
    /// passed, or hearing them was skipped for public safety. A deadline passing on a letter never served heard no one.
    /// </summary>
    /// <param name="invitationServedOn">When the invitation letter was served (<see cref="ReviewNotices.InvitationServedOnAsync"/>); null if it has not been.</param>
    public bool MayMakeFindings(DateOnly today, DateOnly? invitationServedOn) => FindingsWaitBecause(today, invitationServedOn) is null;

    /// <summary>
    /// The last day for representations, counted from service: the deadline was set on the day the invitation was
    /// drafted, so a letter served later moves it by as many days, and the licensee keeps the whole time given.
    /// Null until the invitation has been served.
    /// </summary>
    public DateOnly? RepresentationsDeadline(DateOnly? invitationServedOn) =>
        RepresentationsDueOn is { } due && RepresentationsInvitedOn is { } invited && invitationServedOn is { } served
            ? due.AddDays(Math.Max(0, served.DayNumber - invited.DayNumber))
            : null;

    /// <summary>Why findings must wait, in the officer's words; null when they may be made.</summary>
    public string? FindingsWaitBecause(DateOnly today, DateOnly? invitationServedOn)
    {
        if (RepresentationsSkipped || RepresentationsReceivedOn is not null) return null;
        if (RepresentationsInvitedOn is null) return "Invite the licensee's representations before making findings";
        if (RepresentationsDeadline(invitationServedOn) is not { } due)
            return "The invitation to make representations has not been served: the licensee cannot answer a case they have not been told. Issue and serve the letter (or record their reply) before making findings";
        return today > due ? null
            : $"The licensee has until {LondonTime.Format(due)} to make representations" +
              (due != RepresentationsDueOn ? $" (the invitation was served on {LondonTime.Format(invitationServedOn!.Value)}, so the time it gave counts from then)" : "") +
              "; record their reply, or wait until the deadline has passed";
    }

    /// <param name="invitationServedOn">When the invitation to make representations was served; null if it has not been (<see cref="MayMakeFindings"/>).</param>
    public void RecordFinding(Guid allegationId, bool proven, string reasons, IReadOnlyCollection<Guid> evidenceReliedOn, string by, DateOnly today, DateOnly? invitationServedOn)
    {
        if (Stage is not (CaseStage.Investigating or CaseStage.RepresentationsInvited or CaseStage.FindingsRecorded or CaseStage.AwaitingDecision))
            throw new DomainRuleException($"Findings cannot be changed now: the case is {Describe(Stage)}");
        if (FindingsWaitBecause(today, invitationServedOn) is { } wait) throw new DomainRuleException(wait);
        var allegation = Allegations.SingleOrDefault(a => a.Id == allegationId) ?? throw new DomainRuleException("That allegation is not part of this case");
        if (string.IsNullOrWhiteSpace(reasons)) throw new DomainRuleException($"Give the reasons for the finding on allegation {allegation.Number}", "FindingReasons");
        var unknown = evidenceReliedOn.Where(e => Evidence.All(x => x.Id != e)).ToList();
        if (unknown.Count > 0) throw new DomainRuleException("Evidence relied on must be an item recorded on this case", "EvidenceReliedOn");
        if (proven && evidenceReliedOn.Count == 0)
            throw new DomainRuleException($"Say which evidence proves allegation {allegation.Number}", "EvidenceReliedOn");
        allegation.Find(proven, reasons.Trim(), evidenceReliedOn, today, by);
        if (Stage == CaseStage.AwaitingDecision) ClearRecommendation(); // a changed finding needs a fresh recommendation
        if (Allegations.All(a => a.HasFinding)) MoveTo(CaseStage.FindingsRecorded, today);
    }

    public IReadOnlyList<string> Recommend(CaseRecommendation r, string by, DateOnly today)
    {
        if (Stage is not (CaseStage.FindingsRecorded or CaseStage.AwaitingDecision))
            throw new DomainRuleException(Stage < CaseStage.FindingsRecorded
                ? "Record a finding on every allegation before the conclusion and recommendation"
                : $"The recommendation cannot be changed now: the case is {Describe(Stage)}");
        if (string.IsNullOrWhiteSpace(r.Conclusion)) throw new DomainRuleException("Write the overall conclusion", "Conclusion");
        CheckOutcome(r.Outcome, r.Reasons, r.Suspension, r.ImmediateEffect, r.PublicSafetyReasons, r.Conditions, "Recommendation");
        Conclusion = r.Conclusion.Trim();
        Recommendation = r.Outcome;
        RecommendationReasons = r.Reasons.Trim();
        var period = r.Outcome == CaseOutcome.Suspension ? r.Suspension : null;
        RecommendedSuspensionLength = period?.Length;
        RecommendedSuspensionUnit = period?.Unit;
        RecommendedSuspensionEndsOn = null;
        RecommendImmediateEffect = r.ImmediateEffect;
        RecommendedPublicSafetyReasons = r.ImmediateEffect ? r.PublicSafetyReasons!.Trim() : null;
        RecommendedConditions = string.IsNullOrWhiteSpace(r.Conditions) ? null : r.Conditions.Trim();
        RecommendedOn = today;
        RecommendedBy = by;
        MoveTo(CaseStage.AwaitingDecision, today);
        return Warnings(r.Outcome, r.Reasons);
    }

    public void ReferToSubCommittee(string reasons, DateOnly today)
    {
        if (Stage != CaseStage.AwaitingDecision) throw new DomainRuleException(Stage < CaseStage.AwaitingDecision
            ? "Make findings and a recommendation before referring the case to the sub-committee"
            : $"The case cannot be referred now: it is {Describe(Stage)}");
        if (string.IsNullOrWhiteSpace(reasons)) throw new DomainRuleException("Say why the sub-committee should decide this case", "ReferralReasons");
        ReferredOn = today;
        ReferralReasons = reasons.Trim();
        MoveTo(CaseStage.ReferredToSubCommittee, today);
    }

    /// <summary>
    /// The decision. An authorised officer decides under delegation unless the case went to the
    /// sub-committee; the investigating officer never decides their own case. A suspension or
    /// revocation comes back as a <see cref="Decision"/> for <see cref="DecisionConsequences.Follow"/>.
    /// </summary>
    public Decision? Decide(CaseDecisionInput d, Licence? licence, DecisionMaker maker, string makerUserId, string makerName, DateOnly today, DateTime nowUtc)
    {
        if (Stage >= CaseStage.Decided)
            throw new DomainRuleException($"This case was already decided on {LondonTime.Format(DecidedOn!.Value)} by {DecidedBy}; a correction is recorded as a new decision");
        if (Stage < CaseStage.AwaitingDecision || Allegations.Count == 0 || Allegations.Any(a => !a.HasFinding))
            throw new DomainRuleException("There is nothing to decide yet: record findings on every allegation and a recommendation first");
        if (maker == DecisionMaker.AuthorisedOfficer && Stage == CaseStage.ReferredToSubCommittee)
            throw new DomainRuleException("This case has been referred to the licensing sub-committee; only the sub-committee can decide it");
        if (maker == DecisionMaker.SubCommittee && Stage != CaseStage.ReferredToSubCommittee)
            throw new DomainRuleException("This case has not been referred to the sub-committee");
        if (maker == DecisionMaker.AuthorisedOfficer && makerUserId == OfficerUserId)
            throw new DomainRuleException("The investigating officer cannot decide their own case: another authorised officer must decide it, or refer it to the sub-committee");
        if (maker == DecisionMaker.ExistingRecord) throw new DomainRuleException("A review is decided by an authorised officer or the sub-committee");
        CheckOutcome(d.Outcome, d.Reasons, d.Suspension, d.ImmediateEffect, d.PublicSafetyReasons, d.Conditions, "Outcome");

        if (d.Outcome == CaseOutcome.Conditions && (licence is null || licence.Id != LicenceId))
            throw new DomainRuleException("Choose the licence under review before deciding to add conditions to it", "LicenceId");

        Decision? decision = null;
        if (d.Outcome is CaseOutcome.Suspension or CaseOutcome.Revocation)
        {
            if (licence is null || licence.Id != LicenceId) throw new DomainRuleException("Choose the licence under review before deciding to suspend or revoke it", "LicenceId");
            decision = Decision.Record(new DecisionDraft(PersonId, d.Outcome == CaseOutcome.Suspension ? DecisionKind.Suspension : DecisionKind.Revocation,
                licence.Type, maker, makerName, d.Reasons, today, d.Grounds ?? GroundsFor(Category), licence.Id, ReviewCaseId: Id, MakerUserId: makerUserId,
                PolicyVersion: d.PolicyVersion, ImmediateEffect: d.ImmediateEffect, PublicSafetyReasons: d.PublicSafetyReasons,
                SuspensionPeriod: d.Outcome == CaseOutcome.Suspension ? d.Suspension : null), nowUtc);
            DecisionId = decision.Id;
        }
        Outcome = d.Outcome;
        OutcomeReasons = d.Reasons.Trim();
        OutcomeConditions = string.IsNullOrWhiteSpace(d.Conditions) ? null : d.Conditions.Trim();
        DecidedOn = today;
        DecidedBy = makerName;
        DecidedByKind = maker;
        // Conditions bind from the decision, not after 21 days or an appeal (docs/REVIEWS.md).
        if (d.Outcome == CaseOutcome.Conditions) licence!.AddConditions(this);
        MoveTo(decision is null ? CaseStage.Closed : CaseStage.Decided, today);
        if (decision is null) ClosedOn = today;
        return decision;
    }

    public void LodgeAppeal(Decision decision, DateOnly lodgedOn, string court, DateOnly? hearingOn, DateOnly today)
    {
        if (Stage != CaseStage.Decided || decision.Id != DecisionId) throw new DomainRuleException("Only a decided suspension or revocation can be appealed");
        Lodge(decision.DecidedOn, lodgedOn, court, hearingOn, today);
        decision.AwaitAppeal();
    }

    /// <summary>
    /// The appeal was lodged in time, but the council learnt of it only after the decision (without immediate effect)
    /// had taken effect at the end of the appeal period. s.61(2A) says it should have waited for the court; the
    /// licence is not restored automatically (docs/REVIEWS.md says why), so the case page asks for legal advice.
    /// </summary>
    public bool TookEffectDespiteAppealInTime(Decision decision) =>
        Stage == CaseStage.AppealLodged && decision.Id == DecisionId && !decision.ImmediateEffect && decision.TookEffectOn is not null
        && decision.AppealPeriodEndsOn is { } appealEnds && AppealLodgedOn <= appealEnds;

    /// <summary>
    /// The licensee appealed against the conditions this review added (their letter says they may). The case,
    /// closed at the decision, waits for the court; the conditions stay on the licence meanwhile (docs/REVIEWS.md).
    /// </summary>
    public void LodgeConditionsAppeal(DateOnly lodgedOn, string court, DateOnly? hearingOn, DateOnly today)
    {
        if (Outcome != CaseOutcome.Conditions || Stage != CaseStage.Closed || AppealLodgedOn is not null || DecidedOn is not { } decidedOn)
            throw new DomainRuleException("Only conditions added on this review, and not yet appealed, can be appealed here");
        Lodge(decidedOn, lodgedOn, court, hearingOn, today);
        ClosedOn = null;
    }

    private void Lodge(DateOnly decidedOn, DateOnly lodgedOn, string court, DateOnly? hearingOn, DateOnly today)
    {
        if (lodgedOn > today) throw new DomainRuleException("The date lodged cannot be in the future", "LodgedOn");
        if (lodgedOn < decidedOn) throw new DomainRuleException("An appeal cannot be lodged before the decision", "LodgedOn");
        if (string.IsNullOrWhiteSpace(court)) throw new DomainRuleException("Name the court", "Court");
        AppealLodgedOn = lodgedOn;
        AppealCourt = court.Trim();
        AppealHearingOn = hearingOn;
        MoveTo(CaseStage.AppealLodged, today);
    }

    internal void RecordAppealOutcome(AppealOutcome outcome, DateOnly on, string notes, DateOnly today)
    {
        if (Stage != CaseStage.AppealLodged) throw new DomainRuleException("Record the appeal being lodged first");
        if (on > today) throw new DomainRuleException("The date of the court's decision cannot be in the future", "AppealDecidedOn");
        if (on < AppealLodgedOn) throw new DomainRuleException("The court cannot decide before the appeal was lodged", "AppealDecidedOn");
        if (string.IsNullOrWhiteSpace(notes)) throw new DomainRuleException("Record what the court decided and why", "AppealNotes");
        AppealOutcome = outcome;
        AppealDecidedOn = on;
        AppealNotes = notes.Trim();
        ClosedOn = today;
        MoveTo(CaseStage.Closed, today);
    }

    /// <summary>
    /// No appeal came in the appeal period and the decision has taken effect: nothing is left to do on the case.
    /// An immediate-effect decision takes effect the day its notice is given, but the licensee may still appeal
    /// for 21 days, and a closed case takes no appeal: so the case stays open until the period has ended.
    /// An appeal lodged is closed by the court's decision (<see cref="RecordAppealOutcome"/>).
    /// </summary>
    public void Close(Decision decision, DateOnly today)
    {
        if (CloseRefusedBecause(decision, today) is { } why) throw new DomainRuleException(why);
        ClosedOn = today;
        MoveTo(CaseStage.Closed, today);
    }

    /// <summary>Why the case cannot be closed today, in the officer's words; null when it can.</summary>
    public string? CloseRefusedBecause(Decision decision, DateOnly today)
    {
        if (Stage == CaseStage.AppealLodged) return "The decision is under appeal: the case closes when the court's decision is recorded";
        if (Stage != CaseStage.Decided) return $"Only a decided case can be closed (this one is {Describe(Stage)})";
        if (decision.Id != DecisionId) return "That is not this case's decision";
        if (decision.NoticeServedOn is null || decision.AppealPeriodEndsOn is not { } appealEnds)
            return "The decision notice has not been served: the licensee's 21 days to appeal start when it is";
        if (today <= appealEnds)
            return $"The licensee may appeal to the magistrates' court until the end of {LondonTime.Format(appealEnds)}: close the case after that if no appeal is lodged, or record the appeal";
        if (decision.TookEffectOn is null) return "Close the case once the decision has taken effect";
        return null;
    }

    public Guid? FirstUnfoundAllegation() => Allegations.OrderBy(a => a.Number).FirstOrDefault(a => !a.HasFinding)?.Id;

    private void CheckOutcome(CaseOutcome outcome, string reasons, SuspensionPeriod? suspension, bool immediate, string? publicSafetyReasons, string? conditions, string field)
    {
        if (string.IsNullOrWhiteSpace(reasons)) throw new DomainRuleException("Give the reasons", $"{field}Reasons");
        var adverse = outcome is CaseOutcome.Suspension or CaseOutcome.Revocation;
        if (adverse && Allegations.All(a => a.Proven != true))
            throw new DomainRuleException("A suspension or revocation needs at least one allegation found proven", field);
        if (adverse && LicenceId is null) throw new DomainRuleException("The case does not name the licence under review", "LicenceId");
        if (outcome == CaseOutcome.Conditions && LicenceId is null)
            throw new DomainRuleException("The case does not name the licence under review, which the conditions would be added to", "LicenceId");
        if (outcome == CaseOutcome.Suspension) SuspensionPeriod.Require(suspension);
        if (outcome == CaseOutcome.Conditions && string.IsNullOrWhiteSpace(conditions))
            throw new DomainRuleException("Write the conditions", "Conditions");
        if (immediate && !adverse) throw new DomainRuleException("Only a suspension or revocation can have immediate effect", "ImmediateEffect");
        if (immediate && string.IsNullOrWhiteSpace(publicSafetyReasons))
            throw new DomainRuleException("Explain why public safety requires immediate effect (LGMPA 1976 s.61(2B))", "PublicSafetyReasons");
        if (RepresentationsSkipped && !immediate)
            throw new DomainRuleException("The licensee was not invited to make representations because public safety required immediate effect; any other outcome needs their representations first", field);
    }

    /// <summary>R (Singh) v Cardiff CC [2012]; Reigate &amp; Banstead BC v Pawlowski [2017]: suspension is not a holding measure.</summary>
    public static IReadOnlyList<string> Warnings(CaseOutcome outcome, string? reasons) =>
        outcome == CaseOutcome.Suspension && !string.IsNullOrWhiteSpace(reasons) && PendingPattern().IsMatch(reasons)
            ? ["These reasons read as a suspension pending an investigation, charge, trial or outcome. Suspension is not a \"wait and see\" measure (R (Singh) v Cardiff CC [2012]; Reigate & Banstead BC v Pawlowski [2017]): if the facts found justify action, revoke (with immediate effect if public safety requires it); if they do not, take no action now and review again when there is more."]
            : [];

    // Officers write "pending further enquiries" or "whilst the police investigate" as often as "pending the investigation".
    [GeneratedRegex(@"\b(pending|awaiting|await|until|till|while|whilst|during)\b.{0,40}\b(investigat\w*|enquir(y|ies)|inquir(y|ies)|charg(e|ed|es|ing)|trial|outcome|prosecution|court|police|CPS|bail|result|decision)", RegexOptions.IgnoreCase)]
    private static partial Regex PendingPattern();

    public static GroundsCategory GroundsFor(ConcernCategory c) => c switch
    {
        ConcernCategory.Safeguarding => GroundsCategory.Safeguarding,
        ConcernCategory.SexualMisconduct => GroundsCategory.SexualMisconduct,
        ConcernCategory.Violence => GroundsCategory.Violence,
        ConcernCategory.Dishonesty or ConcernCategory.Fares => GroundsCategory.Dishonesty,
        ConcernCategory.DrivingStandards or ConcernCategory.Vehicle => GroundsCategory.Driving,
        _ => GroundsCategory.Other,
    };

    public static string Describe(CaseStage s) => s switch
    {
        CaseStage.Investigating => "being investigated",
        CaseStage.RepresentationsInvited => "waiting for representations",
        CaseStage.FindingsRecorded => "findings recorded",
        CaseStage.AwaitingDecision => "awaiting decision",
        CaseStage.ReferredToSubCommittee => "referred to the sub-committee",
        CaseStage.Decided => "decided (appeal period running)",
        CaseStage.AppealLodged => "under appeal",
        _ => "closed",
    };

    public static string Describe(CaseOutcome o) => o switch
    {
        CaseOutcome.NoFurtherAction => "No further action",
        CaseOutcome.WarningLetter => "Advice or warning letter",
        CaseOutcome.Training => "Training",
        CaseOutcome.Conditions => "Conditions",
        CaseOutcome.Suspension => "Suspension for a fixed period",
        _ => "Revocation",
    };

    private void ClearRecommendation()
    {
        Recommendation = null;
        RecommendedOn = null;
    }

    private void RequireBefore(CaseStage stage, string action)
    {
        if (Stage >= stage) throw new DomainRuleException($"You cannot {action} a case that is {Describe(Stage)}");
    }

    private void MoveTo(CaseStage to, DateOnly today)
    {
        Stage = to;
        StageSince = today;
    }
}

/// <summary>In the order a case moves through them.</summary>
public enum CaseStage { Investigating, RepresentationsInvited, FindingsRecorded, AwaitingDecision, ReferredToSubCommittee, Decided, AppealLodged, Closed }

public enum CaseOutcome { NoFurtherAction, WarningLetter, Training, Conditions, Suspension, Revocation }

public enum AppealOutcome { Dismissed, Allowed, Varied, Withdrawn }

/// <param name="Suspension">How long a suspension lasts; its dates follow from the day it takes effect.</param>
public sealed record CaseRecommendation(string Conclusion, CaseOutcome Outcome, string Reasons, SuspensionPeriod? Suspension = null,
    bool ImmediateEffect = false, string? PublicSafetyReasons = null, string? Conditions = null);

/// <param name="Suspension">How long a suspension lasts; its dates follow from the day it takes effect.</param>
public sealed record CaseDecisionInput(CaseOutcome Outcome, string Reasons, SuspensionPeriod? Suspension = null, bool ImmediateEffect = false,
    string? PublicSafetyReasons = null, string? Conditions = null, GroundsCategory? Grounds = null, string? PolicyVersion = null);
