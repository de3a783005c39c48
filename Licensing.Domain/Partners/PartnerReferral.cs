using Licensing.Domain.Common;

namespace Licensing.Domain.Partners;

/// <summary>
/// A concern referred by another authority under the Taxis and Private Hire Vehicles (Safeguarding and
/// Road Safety) Act 2022 about a driver this authority licensed: who referred it, whom it is about,
/// and what they saw. It arrives as a <see cref="Concerns.Concern"/> awaiting triage (source: other
/// authority); this record keeps who to tell the outcome, as the Act requires, what they were told and how.
/// </summary>
public sealed class PartnerReferral : IBelongsToPerson, IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string ReferringAuthorityCode { get; private set; } = "";
    public string ReferringAuthorityName { get; private set; } = "";
    public string? ReferrerReference { get; private set; }
    public string? ContactEmail { get; private set; }
    public string Surname { get; private set; } = "";
    public string Forenames { get; private set; } = "";
    public DateOnly? DateOfBirth { get; private set; }
    public string? DrivingLicenceNumber { get; private set; }
    public string? BadgeNumber { get; private set; }
    public string? VehicleRegistration { get; private set; }
    public string Narrative { get; private set; } = "";
    public DateOnly? IncidentDate { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    /// <summary>The licensee here it is about, when the identifiers found one.</summary>
    public Guid? PersonId { get; private set; }
    /// <summary>The concern it became in the concerns workflow.</summary>
    public Guid ConcernId { get; private set; }

    /// <summary>The outcome last recorded (null until there is one); an appeal that changes it replaces it.</summary>
    public ReferralDecision? Outcome { get; private set; }
    public DateOnly? OutcomeDecidedOn { get; private set; }
    public string? OutcomeStatement { get; private set; }
    public string? OutcomeEffect { get; private set; }
    public DateOnly? OutcomeTakesEffectOn { get; private set; }
    public DateOnly? OutcomeSuspendedUntil { get; private set; }
    /// <summary>
    /// The day the suspension or revocation told took effect, once it has: it takes effect after the
    /// outcome is first told (21 days after service, or on service), and the referrer is told its dates once more.
    /// </summary>
    public DateOnly? OutcomeTookEffectOn { get; private set; }
    public bool OutcomeOnAppeal { get; private set; }
    /// <summary>The grounds, for officers; the referrer gets them only through a details request.</summary>
    public string? OutcomeReasons { get; private set; }
    /// <summary>The suspension, revocation or court decision behind it, when there was one.</summary>
    public Guid? OutcomeDecisionId { get; private set; }
    /// <summary>Where the referrer can ask for the grounds: our register entry for the decision, if it has one.</summary>
    public string? OutcomeRegisterReference { get; private set; }
    public DateTime? OutcomeRecordedAt { get; private set; }
    /// <summary>1 for the first outcome, 2 once an appeal changed it, and so on: each is told once.</summary>
    public int OutcomeNumber { get; private set; }
    /// <summary>The email telling the referrer this outcome, queued in the same save as the outcome.</summary>
    public Guid? OutcomeMessageId { get; private set; }
    public DateTime? ToldByHandAt { get; private set; }
    public string? ToldByHandBy { get; private set; }
    public string? ToldByHandHow { get; private set; }
    /// <summary>An officer recording it told by hand and an appeal changing the outcome must not pass each other.</summary>
    public int Version { get; set; }

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    private PartnerReferral() { }

    public static PartnerReferral Receive(PartnerReferralDetails d, string authorityCode, string authorityName, Guid? personId, Guid concernId, DateTime nowUtc) => new()
    {
        ConcernId = concernId,
        ReferringAuthorityCode = authorityCode,
        ReferringAuthorityName = authorityName,
        ReferrerReference = Trim(d.Reference),
        ContactEmail = Trim(d.ContactEmail),
        Surname = d.Surname.Trim(),
        Forenames = d.Forenames.Trim(),
        DateOfBirth = d.DateOfBirth,
        DrivingLicenceNumber = SearchText.Compact(d.DrivingLicenceNumber) is { Length: > 0 } l ? l : null,
        BadgeNumber = Trim(d.BadgeNumber),
        VehicleRegistration = Trim(d.VehicleRegistration)?.ToUpperInvariant(),
        Narrative = d.Narrative.Trim(),
        IncidentDate = d.IncidentDate,
        ReceivedAt = nowUtc,
        PersonId = personId,
    };

    public bool HasOutcome => Outcome is not null;

    /// <summary>
    /// Records what was decided. The same outcome again (a dismissed appeal, a second look, a second
    /// nightly run) changes nothing and returns false, so the referrer is never told twice; a different
    /// one (an appeal that allowed or varied the decision, or the decision taking effect with its dates)
    /// replaces it, to be told once more. Anything but <see cref="OutcomeChange.None"/> means: tell them now.
    /// </summary>
    public OutcomeChange RecordOutcome(ReferralOutcome outcome, DateTime nowUtc)
    {
        if (Outcome == outcome.Decision && OutcomeSuspendedUntil == outcome.SuspendedUntil && OutcomeTookEffectOn == outcome.TookEffectOn) return OutcomeChange.None;
        var change = !HasOutcome ? OutcomeChange.First
            : Outcome == outcome.Decision && OutcomeDecisionId == outcome.DecisionId && outcome.TookEffectOn is not null ? OutcomeChange.TookEffect
            : OutcomeChange.Changed;
        Outcome = outcome.Decision;
        OutcomeDecidedOn = outcome.DecidedOn;
        OutcomeStatement = outcome.Statement;
        OutcomeEffect = outcome.Effect;
        OutcomeTakesEffectOn = outcome.TakesEffectOn;
        OutcomeSuspendedUntil = outcome.SuspendedUntil;
        OutcomeTookEffectOn = outcome.TookEffectOn;
        OutcomeOnAppeal = outcome.OnAppeal;
        OutcomeReasons = Trim(outcome.Reasons);
        OutcomeDecisionId = outcome.DecisionId;
        OutcomeRegisterReference = outcome.RegisterReference;
        OutcomeRecordedAt = nowUtc;
        OutcomeNumber++;
        OutcomeMessageId = null;
        ToldByHandAt = null;
        ToldByHandBy = null;
        ToldByHandHow = null;
        return change;
    }

    /// <summary>The email telling this outcome was queued (same save). Without a contact address it must be told by hand.</summary>
    public void EmailQueued(Notices.OutboxMessage message)
    {
        if (!HasOutcome) throw new DomainRuleException("There is no outcome to tell yet");
        if (ContactEmail is null || !string.Equals(message.To, ContactEmail, StringComparison.OrdinalIgnoreCase))
            throw new DomainRuleException("The outcome goes to the contact address the referrer gave");
        OutcomeMessageId = message.Id;
    }

    /// <summary>An officer told the referrer by other means (no contact address, or the email failed).</summary>
    public void RecordToldByHand(string how, string by, DateTime nowUtc)
    {
        if (!HasOutcome) throw new DomainRuleException("There is no outcome to tell yet", "ToldHow");
        if (ToldByHandAt is not null) throw new DomainRuleException($"This outcome was already recorded as told, by {ToldByHandBy}", "ToldHow");
        if (string.IsNullOrWhiteSpace(how)) throw new DomainRuleException("Say how and to whom you sent the outcome (for example, emailed their licensing team at ...)", "ToldHow");
        if (how.Length > 1000) throw new DomainRuleException("Keep it to 1,000 characters", "ToldHow");
        ToldByHandAt = nowUtc;
        ToldByHandBy = by;
        ToldByHandHow = how.Trim();
    }

    /// <summary>Where telling the current outcome stands, given the status of its email (if one was queued).</summary>
    public ReferralTelling Telling(Notices.OutboxStatus? email) => this switch
    {
        { HasOutcome: false } => ReferralTelling.NoOutcomeYet,
        { ToldByHandAt: not null } => ReferralTelling.ToldByHand,
        { OutcomeMessageId: null } => ReferralTelling.TellByHand,
        _ => email switch
        {
            Notices.OutboxStatus.Sent => ReferralTelling.Emailed,
            Notices.OutboxStatus.Held => ReferralTelling.EmailHeld,
            Notices.OutboxStatus.GaveUp => ReferralTelling.TellByHand,
            _ => ReferralTelling.EmailWaiting,
        },
    };

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record PartnerReferralDetails(
    string Surname, string Forenames, DateOnly? DateOfBirth, string? DrivingLicenceNumber, string? BadgeNumber,
    string? VehicleRegistration, string Narrative, DateOnly? IncidentDate, string? Reference, string? ContactEmail);

/// <summary>Why the referrer is told (again): the first outcome, a changed one, or the same decision now taking effect with its dates.</summary>
public enum OutcomeChange { None, First, Changed, TookEffect }

/// <summary>Telling the referrer: by email through the outbox, or by an officer when there is no address or the email failed.</summary>
public enum ReferralTelling { NoOutcomeYet, EmailWaiting, Emailed, EmailHeld, TellByHand, ToldByHand }
