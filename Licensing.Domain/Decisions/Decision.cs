using Licensing.Domain.Common;
using Licensing.Domain.Licensees;

namespace Licensing.Domain.Decisions;

/// <summary>
/// A recorded decision about a licence or an application: what was decided, by whom, on what
/// reasons, under which power, to what standard of proof and policy version, and when it takes effect.
/// Licence status changes only through a decision (or a dated event such as expiry).
/// </summary>
public sealed class Decision
{
    public const string BalanceOfProbabilities = "the balance of probabilities (civil standard)";
    /// <summary>LGMPA 1976 s.61(2)/(2A) and s.77: the appeal period is 21 days beginning with the day the notice is given.</summary>
    public const int AppealPeriodDays = 21;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PersonId { get; private set; }
    public Guid? LicenceId { get; private set; }
    public Guid? ApplicationId { get; private set; }
    public Guid? ReviewCaseId { get; private set; }
    public DecisionKind Kind { get; private set; }
    public LicenceType LicenceType { get; private set; }
    public DecisionMaker MakerKind { get; private set; }
    public string MakerName { get; private set; } = "";
    public string? MakerUserId { get; private set; }
    public string Reasons { get; private set; } = "";
    public GroundsCategory? Grounds { get; private set; }
    public string? StatutoryPower { get; private set; }
    public string StandardOfProof { get; private set; } = BalanceOfProbabilities;
    public string? PolicyVersion { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public bool ImmediateEffect { get; private set; }
    public string? PublicSafetyReasons { get; private set; }
    /// <summary>How long a suspension lasts, as decided (null for other kinds, and for suspensions decided with a fixed end date before periods were recorded).</summary>
    public int? SuspensionLength { get; private set; }
    public SuspensionUnit? SuspensionUnit { get; private set; }
    /// <summary>
    /// The day a suspended licence is back in force. Worked out from the period when the suspension takes
    /// effect; for a suspension decided before periods were recorded, the fixed date decided then, kept as it was.
    /// </summary>
    public DateOnly? SuspensionEndsOn { get; private set; }
    public DateOnly? NoticeServedOn { get; private set; }
    public DateOnly? AppealPeriodEndsOn { get; private set; }
    public DateOnly? TakesEffectOn { get; private set; }
    public DateOnly? TookEffectOn { get; private set; }
    public Guid? SupersedesDecisionId { get; private set; }

    private Decision() { }

    public SuspensionPeriod? SuspensionPeriod => SuspensionLength is { } n && SuspensionUnit is { } unit ? new SuspensionPeriod(n, unit) : null;

    public bool IsAdverse => Kind is DecisionKind.Refusal or DecisionKind.RefusalToRenew or DecisionKind.Suspension or DecisionKind.Revocation;

    public static Decision Record(DecisionDraft d, DateTime recordedAtUtc)
    {
        if (string.IsNullOrWhiteSpace(d.Reasons)) throw new DomainRuleException("Give the reasons for the decision", nameof(d.Reasons));
        if (string.IsNullOrWhiteSpace(d.MakerName)) throw new DomainRuleException("A decision must name who made it", nameof(d.MakerName));
        var adverse = d.Kind is DecisionKind.Refusal or DecisionKind.RefusalToRenew or DecisionKind.Suspension or DecisionKind.Revocation;
        if (adverse && d.Grounds is null) throw new DomainRuleException("Choose the grounds category for the decision", nameof(d.Grounds));
        if (d.ImmediateEffect)
        {
            if (d.Kind is not (DecisionKind.Suspension or DecisionKind.Revocation))
                throw new DomainRuleException("Only a suspension or revocation can have immediate effect", nameof(d.ImmediateEffect));
            if (string.IsNullOrWhiteSpace(d.PublicSafetyReasons))
                throw new DomainRuleException("Explain why public safety requires immediate effect (LGMPA 1976 s.61(2B))", nameof(d.PublicSafetyReasons));
        }
        SuspensionPeriod? period = d.Kind == DecisionKind.Suspension ? Decisions.SuspensionPeriod.Require(d.SuspensionPeriod) : null;
        if (d.Kind is DecisionKind.Suspension or DecisionKind.Revocation && d.LicenceId is null)
            throw new DomainRuleException("A suspension or revocation must name the licence", nameof(d.LicenceId));

        return new Decision
        {
            PersonId = d.PersonId,
            LicenceId = d.LicenceId,
            ApplicationId = d.ApplicationId,
            ReviewCaseId = d.ReviewCaseId,
            Kind = d.Kind,
            LicenceType = d.LicenceType,
            MakerKind = d.MakerKind,
            MakerName = d.MakerName.Trim(),
            MakerUserId = d.MakerUserId,
            Reasons = d.Reasons.Trim(),
            Grounds = d.Grounds,
            StatutoryPower = d.StatutoryPower ?? DefaultPower(d.Kind, d.LicenceType),
            PolicyVersion = d.PolicyVersion,
            DecidedOn = d.DecidedOn,
            RecordedAt = recordedAtUtc,
            ImmediateEffect = d.ImmediateEffect,
            PublicSafetyReasons = d.ImmediateEffect ? d.PublicSafetyReasons!.Trim() : null,
            SuspensionLength = period?.Length,
            SuspensionUnit = period?.Unit,
            SupersedesDecisionId = d.SupersedesDecisionId,
            TakesEffectOn = d.Kind == DecisionKind.Grant ? d.DecidedOn : null,
        };
    }

    /// <summary>
    /// The notice of the decision was served. An immediate-effect decision takes effect that day;
    /// otherwise at the end of the 21-day appeal period, which begins with the day of service.
    /// </summary>
    public void NoticeServed(DateOnly servedOn)
    {
        if (NoticeServedOn is not null) throw new DomainRuleException("The notice of this decision has already been served");
        if (servedOn < DecidedOn) throw new DomainRuleException("A notice cannot be served before the decision was made");
        NoticeServedOn = servedOn;
        AppealPeriodEndsOn = servedOn.AddDays(AppealPeriodDays - 1);
        TakesEffectOn = ImmediateEffect ? servedOn : AppealPeriodEndsOn.Value.AddDays(1);
    }

    /// <summary>
    /// A correction of the decision's notice was served after the first. The correction withdraws the notice
    /// it replaces and tells the licensee that every time limit runs from the day it is given, so the appeal
    /// period begins again that day, and a decision still waiting for the end of the period waits for the new
    /// end (docs/NOTICES.md). An immediate-effect decision stays in effect: it took effect when the first notice
    /// was given, and passengers come first. A decision waiting for the court still waits for the court.
    /// </summary>
    public void CorrectionServed(DateOnly servedOn)
    {
        if (NoticeServedOn is null) throw new DomainRuleException("The first notice of this decision has not been served: serving the correction serves the decision");
        if (servedOn < DecidedOn) throw new DomainRuleException("A notice cannot be served before the decision was made");
        var endsOn = servedOn.AddDays(AppealPeriodDays - 1);
        if (AppealPeriodEndsOn is { } current && endsOn <= current) return;
        AppealPeriodEndsOn = endsOn;
        if (!ImmediateEffect && TookEffectOn is null && TakesEffectOn is not null) TakesEffectOn = endsOn.AddDays(1);
    }

    /// <summary>Whether its notice may still be corrected (<see cref="RequireNoticeCanBeCorrected"/> says why not).</summary>
    public bool NoticeCanBeCorrected => ImmediateEffect || TookEffectOn is null;

    /// <summary>
    /// A correction's wording says the decision takes effect at the end of 21 days from the correction. Once a
    /// decision without immediate effect has taken effect under its first notice that is no longer true, and a
    /// correction would contradict the licence's status: the officer records what was wrong on the case instead.
    /// </summary>
    public void RequireNoticeCanBeCorrected()
    {
        if (!NoticeCanBeCorrected && TookEffectOn is { } took)
            throw new DomainRuleException(
                $"This decision took effect on {LondonTime.Format(took)}. A correction now would tell the licensee that the decision takes effect 21 days after it is given, which their licence no longer matches: " +
                "record on the case what was wrong with the notice, and take legal advice before writing to them.");
    }

    /// <summary>
    /// An appeal was lodged: a decision without immediate effect now waits for the court (s.61(2A), s.77), whether
    /// its notice was served before the appeal or is served after it (<see cref="Cases.DecisionsTakingEffect.OnServiceAsync"/>
    /// calls this again then, as service would otherwise set a date 21 days on).
    /// </summary>
    public void AwaitAppeal()
    {
        if (!ImmediateEffect && TookEffectOn is null) TakesEffectOn = null;
    }

    /// <summary>The appeal was dismissed or withdrawn: the decision takes effect on that date unless it already has.</summary>
    public void AppealFinallyDecided(DateOnly on)
    {
        if (TookEffectOn is null) TakesEffectOn = on;
    }

    /// <summary>
    /// The decision took effect. A suspension's period starts that day, so this is when its end becomes
    /// known; a fixed end date from before periods were recorded stands as decided.
    /// </summary>
    public void MarkTakenEffect(DateOnly on)
    {
        if (TookEffectOn is not null) throw new DomainRuleException("This decision has already taken effect");
        TookEffectOn = on;
        SuspensionEndsOn = SuspensionEndsIfTakingEffectOn(on);
    }

    /// <summary>The day the licence is back in force if this suspension takes effect on <paramref name="on"/>.</summary>
    public DateOnly? SuspensionEndsIfTakingEffectOn(DateOnly on) => SuspensionEndsOn ?? SuspensionPeriod?.EndsOn(on);

    /// <summary>
    /// How long the suspension lasts, in a notice's or an outcome's words: the period, and once it has taken
    /// effect its dates; a suspension decided with a fixed end date says that date.
    /// </summary>
    public string DescribeSuspension()
    {
        if (Kind != DecisionKind.Suspension) return "";
        if (SuspensionPeriod is not { } period)
            return SuspensionEndsOn is { } fixedEnd ? $"until {LondonTime.Format(fixedEnd)}" : "";
        return SuspensionDates() is { } dates ? $"for {period}, {dates}" : $"for {period}, counted from the day the suspension takes effect";
    }

    /// <summary>"from 6 July 2026 to 2 August 2026 inclusive", once the suspension has taken effect; the licence is in force again the day after.</summary>
    public string? SuspensionDates() => Kind == DecisionKind.Suspension && TookEffectOn is { } from && SuspensionEndsOn is { } back
        ? $"from {LondonTime.Format(from)} to {LondonTime.Format(back.AddDays(-1))} inclusive"
        : null;

    /// <summary>
    /// The power a decision is made under when the decision maker names none (DOMAIN.md; docs/REVIEWS.md lists the
    /// rows the council's lawyer should confirm). Each licence type is named: a type added later gets no power
    /// rather than another type's.
    /// </summary>
    public static string DefaultPower(DecisionKind kind, LicenceType type) => (kind, type) switch
    {
        // s.62(1): suspend, revoke or refuse to renew an operator's licence.
        (DecisionKind.Suspension or DecisionKind.Revocation or DecisionKind.RefusalToRenew, LicenceType.PrivateHireOperator) => "Local Government (Miscellaneous Provisions) Act 1976, s.62(1)",
        // s.60(1): suspend, revoke or refuse to renew a hackney carriage or private hire vehicle licence.
        (DecisionKind.Suspension or DecisionKind.Revocation or DecisionKind.RefusalToRenew, LicenceType.HackneyCarriageVehicle or LicenceType.PrivateHireVehicle) => "Local Government (Miscellaneous Provisions) Act 1976, s.60(1)",
        // s.61(1): a driver's licence; (b), "any other reasonable cause", is the ground a review's findings rest on.
        (DecisionKind.Suspension or DecisionKind.Revocation or DecisionKind.RefusalToRenew, LicenceType.PrivateHireDriver or LicenceType.HackneyCarriageDriver or LicenceType.DualDriver)
            => "Local Government (Miscellaneous Provisions) Act 1976, s.61(1)(b)",
        (DecisionKind.Refusal or DecisionKind.Grant, LicenceType.PrivateHireDriver) => "Local Government (Miscellaneous Provisions) Act 1976, s.51",
        (DecisionKind.Refusal or DecisionKind.Grant, LicenceType.HackneyCarriageDriver) => "Local Government (Miscellaneous Provisions) Act 1976, s.59",
        // A dual licence is both a private hire and a hackney carriage driver's licence.
        (DecisionKind.Refusal or DecisionKind.Grant, LicenceType.DualDriver) => "Local Government (Miscellaneous Provisions) Act 1976, ss.51 and 59",
        (DecisionKind.Refusal or DecisionKind.Grant, LicenceType.PrivateHireOperator) => "Local Government (Miscellaneous Provisions) Act 1976, s.55",
        (DecisionKind.Refusal or DecisionKind.Grant, LicenceType.PrivateHireVehicle) => "Local Government (Miscellaneous Provisions) Act 1976, s.48",
        (DecisionKind.Refusal or DecisionKind.Grant, LicenceType.HackneyCarriageVehicle) => "Town Police Clauses Act 1847, s.37",
        _ => "",
    };
}

public sealed record DecisionDraft(
    Guid PersonId,
    DecisionKind Kind,
    LicenceType LicenceType,
    DecisionMaker MakerKind,
    string MakerName,
    string Reasons,
    DateOnly DecidedOn,
    GroundsCategory? Grounds = null,
    Guid? LicenceId = null,
    Guid? ApplicationId = null,
    Guid? ReviewCaseId = null,
    string? MakerUserId = null,
    string? PolicyVersion = null,
    string? StatutoryPower = null,
    bool ImmediateEffect = false,
    string? PublicSafetyReasons = null,
    SuspensionPeriod? SuspensionPeriod = null,
    Guid? SupersedesDecisionId = null);

public enum DecisionKind { Grant, Refusal, RefusalToRenew, Suspension, Revocation, Reinstatement }

/// <summary>Who made the decision: an authorised officer under delegated powers, the licensing sub-committee, a record carried over from the authority's earlier system, or a court on appeal.</summary>
public enum DecisionMaker { AuthorisedOfficer, SubCommittee, ExistingRecord, Court }

/// <summary>The register's grounds categories (DESIGN.md CSV contract).</summary>
public enum GroundsCategory { SexualMisconduct, Safeguarding, Dishonesty, Violence, Drugs, Driving, Other }
