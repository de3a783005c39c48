using Licensing.Domain.Common;
using Licensing.Domain.Licensees;

namespace Licensing.Domain.Concerns;

/// <summary>
/// A piece of information about a licensee's conduct, or about someone not yet identified: graded,
/// dated, and carrying the identifiers it gives. Small pieces form the picture (DOMAIN.md), so a
/// concern that names nobody is kept and searched, and linked when a matching identifier turns up.
/// </summary>
public sealed class Concern : IVersioned, IBelongsToPerson
{
    /// <summary>Non-safeguarding concerns are triaged within this many working days (a local service standard).</summary>
    public const int TriageWorkingDays = 5;
    public const int SourceDetailMaxLength = 300;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Reference { get; private set; } = "";
    public ConcernSource Source { get; private set; }
    /// <summary>Who reported it, in the officer's words (a PC's collar number, a school, the other authority).</summary>
    public string? SourceDetail { get; private set; }
    public ConcernCategory Category { get; private set; }
    public Grading Grading { get; private set; } = Grading.Untested;
    public string Narrative { get; private set; } = "";
    public DateOnly? OccurredOn { get; private set; }
    public string? Place { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public Guid? PersonId { get; private set; }
    public Guid? LicenceId { get; private set; }
    public DateTime? LinkedAt { get; private set; }
    public string? LinkedBy { get; private set; }
    public string? LinkReason { get; private set; }

    public TriageStatus Triage { get; private set; } = TriageStatus.AwaitingTriage;
    public DateOnly TriageDueOn { get; private set; }
    public DateTime? TriagedAt { get; private set; }
    public string? TriagedBy { get; private set; }
    public string? TriageReasons { get; private set; }
    public Guid? ReviewCaseId { get; private set; }

    public List<ConcernIdentifier> Identifiers { get; private set; } = [];
    public List<ConcernReferral> Referrals { get; private set; } = [];
    public List<ConcernAttachment> Attachments { get; private set; } = [];
    /// <summary>Each change of grading after the concern was recorded, with who, when and why: the grading's chronology.</summary>
    public List<ConcernRegrading> Regradings { get; private set; } = [];
    public int Version { get; set; }

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    public bool IsSafeguarding => Category == ConcernCategory.Safeguarding;
    public bool IsLinked => PersonId is not null;
    /// <summary>Flagged to managers until triaged: a safeguarding concern, or any concern past its triage date.</summary>
    public bool NeedsManagerAttention(DateOnly today) => Triage == TriageStatus.AwaitingTriage && (IsSafeguarding || today > TriageDueOn);

    /// <summary>A licensee's own report that came later than the Standards' 48 hours, in words; null when on time or not a self-report.</summary>
    public string? LateSelfReport => LateSelfReportOf(Source, OccurredOn, ReceivedOn);

    /// <summary>
    /// The Statutory Taxi and Private Hire Vehicle Standards ask licensees to report an arrest, charge or conviction
    /// within 48 hours. Only dates are recorded, so a report is late only when it came more than two days after
    /// the day it happened: the licensee gets the benefit of the hours the dates cannot show.
    /// </summary>
    public static string? LateSelfReportOf(ConcernSource source, DateOnly? occurredOn, DateOnly receivedOn) =>
        source == ConcernSource.SelfReport && occurredOn is { } on && receivedOn.DayNumber - on.DayNumber is var days && days > 2
            ? $"reported by the licensee {days} days after it happened, later than the 48 hours the Statutory Standards ask for"
            : null;

    private Concern() { }

    /// <summary>Safeguarding: the working day it arrives (or the next); anything else: five working days later.</summary>
    private static DateOnly TriageDue(ConcernCategory category, DateOnly receivedOn)
    {
        var weekdays = Notices.BusinessCalendar.WeekdaysOnly;
        var first = weekdays.OnOrAfter(receivedOn);
        return category == ConcernCategory.Safeguarding ? first : weekdays.BusinessDaysAfter(first, TriageWorkingDays);
    }

    public static Concern Record(ConcernDraft d, string reference, string recordedBy, DateOnly today, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(d.Narrative)) throw new DomainRuleException("Describe what was reported", nameof(d.Narrative));
        if (d.ReceivedOn > today) throw new DomainRuleException("The date received cannot be in the future", nameof(d.ReceivedOn));
        if (d.OccurredOn > today) throw new DomainRuleException("The date it happened cannot be in the future", nameof(d.OccurredOn));
        if (d.Source == ConcernSource.Other && string.IsNullOrWhiteSpace(d.SourceDetail))
            throw new DomainRuleException("Say who the source is", nameof(d.SourceDetail));
        var given = d.Identifiers.Where(i => !string.IsNullOrWhiteSpace(i.Value)).ToList();
        // The place is an identifier too: "children seen at the takeaway on Market Street".
        if (!string.IsNullOrWhiteSpace(d.Place) && !given.Any(i => i.Kind == IdentifierKind.Place)) given.Add((IdentifierKind.Place, d.Place));
        var identifiers = given.Select(i => ConcernIdentifier.Create(i.Kind, i.Value))
            .DistinctBy(i => (i.Kind, i.SearchValue)).ToList();
        if (d.PersonId is null && identifiers.Count == 0)
            throw new DomainRuleException("Give the person, or at least one identifier (vehicle registration, plate or badge, phone, nickname, description or place) so the concern can be found again", "Identifiers");
        return new Concern
        {
            Reference = reference,
            Source = d.Source,
            SourceDetail = Clean(d.SourceDetail),
            Category = d.Category,
            Grading = d.Grading,
            Narrative = d.Narrative.Trim(),
            OccurredOn = d.OccurredOn,
            Place = Clean(d.Place),
            ReceivedOn = d.ReceivedOn,
            RecordedAt = nowUtc,
            RecordedBy = recordedBy,
            PersonId = d.PersonId,
            LicenceId = d.LicenceId,
            LinkedAt = d.PersonId is null ? null : nowUtc,
            LinkedBy = d.PersonId is null ? null : recordedBy,
            LinkReason = d.PersonId is null ? null : "Identified when recorded",
            TriageDueOn = TriageDue(d.Category, d.ReceivedOn),
            Identifiers = identifiers,
        };
    }

    /// <summary>Links the concern to the licensee it is about: an officer's judgement, so it needs a reason.</summary>
    public void LinkTo(Person person, Guid? licenceId, string reason, string linkedBy, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Say why this concern is about this person (for example, which identifier matched)", "LinkReason");
        if (PersonId == person.Id) throw new DomainRuleException($"This concern is already linked to {person.FullName}");
        if (PersonId is not null) throw new DomainRuleException("This concern is already linked to someone else; unlink it first");
        PersonId = person.Id;
        LicenceId = licenceId;
        LinkedAt = nowUtc;
        LinkedBy = linkedBy;
        LinkReason = reason.Trim();
    }

    /// <summary>The link was a mistake: the concern goes back to the unlinked pool, with the reason on record.</summary>
    public void Unlink(string reason, string by, DateTime nowUtc)
    {
        if (PersonId is null) throw new DomainRuleException("This concern is not linked to anyone");
        if (ReviewCaseId is not null) throw new DomainRuleException("This concern is part of a review case and cannot be unlinked");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Say why the link was wrong", "LinkReason");
        PersonId = null;
        LicenceId = null;
        LinkedAt = nowUtc;
        LinkedBy = by;
        LinkReason = $"Unlinked: {reason.Trim()}";
    }

    public void AddIdentifier(IdentifierKind kind, string value)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new DomainRuleException("Enter the identifier", "IdentifierValue");
        var id = ConcernIdentifier.Create(kind, value);
        if (Identifiers.Any(i => i.Kind == kind && i.SearchValue == id.SearchValue)) throw new DomainRuleException("This concern already has that identifier", "IdentifierValue");
        Identifiers.Add(id);
    }

    /// <summary>
    /// An officer grades the concern afresh (a partner's referral recorded "conditions apply" until graded, or
    /// a grade that turned out wrong). The handling code decides what is shared, so a change needs reasons,
    /// and the old grade, the new one and the reasons stay on the concern.
    /// </summary>
    public ConcernRegrading Regrade(Grading to, string reasons, string by, DateTime nowUtc)
    {
        if (to == Grading) throw new DomainRuleException($"The concern is already graded {Grading.Code}: choose a different grade", "RegradeGradingSource");
        if (string.IsNullOrWhiteSpace(reasons)) throw new DomainRuleException("Give the reasons for the new grade", "RegradeReasons");
        var regrading = new ConcernRegrading(Grading, to, reasons.Trim(), by, nowUtc);
        Regradings.Add(regrading);
        Grading = to;
        return regrading;
    }

    public void TriageAs(TriageOutcome outcome, string? reasons, string by, DateTime nowUtc)
    {
        if (Triage != TriageStatus.AwaitingTriage) throw new DomainRuleException($"This concern has already been triaged ({Describe(Triage)})");
        switch (outcome)
        {
            case TriageOutcome.NoFurtherAction when string.IsNullOrWhiteSpace(reasons):
                throw new DomainRuleException("Give the reasons for taking no further action", "TriageReasons");
            case TriageOutcome.OpenReview when PersonId is null:
                throw new DomainRuleException("Link the concern to the licensee before opening a review case", "TriageOutcome");
        }
        Triage = outcome switch
        {
            TriageOutcome.NoFurtherAction => TriageStatus.NoFurtherAction,
            TriageOutcome.IntelligenceOnly => TriageStatus.IntelligenceOnly,
            _ => TriageStatus.UnderReview,
        };
        TriageReasons = Clean(reasons);
        TriagedAt = nowUtc;
        TriagedBy = by;
    }

    /// <summary>Puts the concern under a review case (at triage, or later when a case is already open).</summary>
    public void PlaceUnderReview(Guid reviewCaseId, Guid personId, string by, DateTime nowUtc)
    {
        if (PersonId != personId) throw new DomainRuleException("Only concerns linked to this licensee can be put under their review");
        if (ReviewCaseId is not null) throw new DomainRuleException("This concern is already under review");
        ReviewCaseId = reviewCaseId;
        if (Triage == TriageStatus.AwaitingTriage) TriageAs(TriageOutcome.OpenReview, "Placed under review", by, nowUtc);
        else Triage = TriageStatus.UnderReview;
    }

    public void RecordReferral(ReferralAgency to, DateOnly on, string? reference, DateOnly today)
    {
        if (on > today) throw new DomainRuleException("The referral date cannot be in the future", "ReferredOn");
        if (on < ReceivedOn) throw new DomainRuleException("The referral cannot be before the concern was received", "ReferredOn");
        Referrals.Add(new ConcernReferral(to, on, Clean(reference)));
    }

    public void Attach(ConcernAttachment attachment) => Attachments.Add(attachment);

    public static string Describe(TriageStatus s) => s switch
    {
        TriageStatus.AwaitingTriage => "awaiting triage",
        TriageStatus.NoFurtherAction => "no further action",
        TriageStatus.IntelligenceOnly => "intelligence only",
        _ => "under review",
    };

    public static string Describe(ConcernCategory c) => c switch
    {
        ConcernCategory.Safeguarding => "Safeguarding / child sexual exploitation",
        ConcernCategory.SexualMisconduct => "Sexual misconduct",
        ConcernCategory.DrivingStandards => "Driving standards",
        _ => c.ToString(),
    };

    public static string Describe(ConcernSource s) => s switch
    {
        ConcernSource.CouncilEnforcement => "Council enforcement visit",
        ConcernSource.OtherAuthority => "Other licensing authority (2022 Act referral)",
        ConcernSource.SelfReport => "Licensee's own report (arrest, charge or conviction)",
        ConcernSource.Public => "Member of the public",
        _ => s.ToString(),
    };

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record ConcernDraft(
    ConcernSource Source,
    ConcernCategory Category,
    Grading Grading,
    string Narrative,
    DateOnly ReceivedOn,
    IReadOnlyList<(IdentifierKind Kind, string Value)> Identifiers,
    string? SourceDetail = null,
    DateOnly? OccurredOn = null,
    string? Place = null,
    Guid? PersonId = null,
    Guid? LicenceId = null);

public enum ConcernSource { Police, Public, Operator, School, CouncilEnforcement, OtherAuthority, SelfReport, Other }

/// <summary>Safeguarding first: it is the category the service exists for.</summary>
public enum ConcernCategory { Safeguarding, SexualMisconduct, Violence, Dishonesty, DrivingStandards, Discrimination, Vehicle, Fares, Other }

public enum TriageStatus { AwaitingTriage, NoFurtherAction, IntelligenceOnly, UnderReview }

public enum TriageOutcome { NoFurtherAction, IntelligenceOnly, OpenReview }

public enum ReferralAgency { Police, ChildrensServices, AdultSocialCare, OtherAuthority }

/// <summary>One change of a concern's grading: from what, to what, why, by whom and when (codes as people say them: "2CC").</summary>
public sealed class ConcernRegrading
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ConcernId { get; private set; }
    public string FromCode { get; private set; } = "";
    public string ToCode { get; private set; } = "";
    public string Reasons { get; private set; } = "";
    public string RegradedBy { get; private set; } = "";
    public DateTime RegradedAt { get; private set; }

    private ConcernRegrading() { }

    internal ConcernRegrading(Grading from, Grading to, string reasons, string by, DateTime nowUtc)
    {
        FromCode = from.Code;
        ToCode = to.Code;
        Reasons = reasons;
        RegradedBy = by;
        RegradedAt = nowUtc;
    }
}

/// <summary>A referral made to another agency about the concern (police, children's services).</summary>
public sealed class ConcernReferral
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ConcernId { get; private set; }
    public ReferralAgency To { get; private set; }
    public DateOnly On { get; private set; }
    public string? Reference { get; private set; }

    private ConcernReferral() { }

    public ConcernReferral(ReferralAgency to, DateOnly on, string? reference)
    {
        To = to;
        On = on;
        Reference = reference;
    }
}
