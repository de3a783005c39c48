using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Licensees;
using Licensing.Domain.Policy;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Applications;

public sealed record ApplicationDraft(
    ApplicationKind Kind,
    LicenceType LicenceType,
    DateOnly ReceivedOn,
    Guid? RenewsLicenceId = null,
    string? CompanyName = null,
    Address? OperatingCentre = null,
    VehicleDetails? Vehicle = null);

/// <summary>
/// An application for a driver, operator or vehicle licence (new or renewal), from receipt to decision.
/// Status moves only through the methods below, each refusing an unlawful move with a readable reason.
/// </summary>
public sealed class LicenceApplication : IVersioned, IBelongsToPerson
{
    private static readonly HashSet<(ApplicationStatus From, ApplicationStatus To)> Allowed =
    [
        (ApplicationStatus.Received, ApplicationStatus.ChecksInProgress),
        (ApplicationStatus.ChecksInProgress, ApplicationStatus.ReadyForAssessment),
        (ApplicationStatus.ReadyForAssessment, ApplicationStatus.ChecksInProgress),
        (ApplicationStatus.Assessed, ApplicationStatus.ChecksInProgress),
        (ApplicationStatus.ReadyForAssessment, ApplicationStatus.Assessed),
        (ApplicationStatus.Assessed, ApplicationStatus.Assessed),
        (ApplicationStatus.Assessed, ApplicationStatus.Granted),
        (ApplicationStatus.Assessed, ApplicationStatus.Refused),
        (ApplicationStatus.Assessed, ApplicationStatus.ReferredToSubCommittee),
        (ApplicationStatus.ReferredToSubCommittee, ApplicationStatus.Granted),
        (ApplicationStatus.ReferredToSubCommittee, ApplicationStatus.Refused),
        (ApplicationStatus.Received, ApplicationStatus.Withdrawn),
        (ApplicationStatus.ChecksInProgress, ApplicationStatus.Withdrawn),
        (ApplicationStatus.ReadyForAssessment, ApplicationStatus.Withdrawn),
        (ApplicationStatus.Assessed, ApplicationStatus.Withdrawn),
        (ApplicationStatus.ReferredToSubCommittee, ApplicationStatus.Withdrawn),
    ];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Reference { get; private set; } = "";
    public Guid PersonId { get; private set; }
    public ApplicationKind Kind { get; private set; }
    public LicenceType LicenceType { get; private set; }
    public Guid? RenewsLicenceId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Received;
    public DateTime StatusChangedAt { get; private set; }
    public string OfficerUserId { get; private set; } = "";
    public string OfficerName { get; private set; } = "";

    public string? CompanyName { get; private set; }
    public Address OperatingCentre { get; private set; } = new();
    public string? VehicleRegistration { get; private set; }
    public string? VehicleMake { get; private set; }
    public string? VehicleModel { get; private set; }
    public string? VehicleColour { get; private set; }

    public string? Assessment { get; private set; }
    public Recommendation? Recommendation { get; private set; }
    public string? RecommendedConditions { get; private set; }
    /// <summary>Written reasons for recommending a grant the policy presumes against (the officer may depart only with reasons).</summary>
    public string? DepartureReasons { get; private set; }
    public string? RecommendedByUserId { get; private set; }
    public string? RecommendedByName { get; private set; }
    public DateTime? AssessedAt { get; private set; }
    public string? AssessedPolicyLabel { get; private set; }
    public string? AssessedPolicySummary { get; private set; }

    public Guid? DecisionId { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedByUserId { get; private set; }
    public string? DecidedByName { get; private set; }
    public Guid? LicenceId { get; private set; }
    /// <summary>For a grant against a "never" presumption: the exceptional reasons and the manager who signed them off.</summary>
    public string? ExceptionalReasons { get; private set; }
    public string? ExceptionalReasonsSignedOffBy { get; private set; }
    public string? ReferralReasons { get; private set; }
    /// <summary>What the applicant put to the sub-committee in writing before the hearing, for its pack.</summary>
    public string? Representations { get; private set; }
    public DateOnly? RepresentationsReceivedOn { get; private set; }
    public string? WithdrawalReason { get; private set; }
    /// <summary>The sub-committee hearing arranged for it; set once, so two managers arranging at once cannot both succeed.</summary>
    public Guid? HearingId { get; private set; }
    public int Version { get; set; }

    public List<StatutoryCheck> Checks { get; private set; } = [];
    public List<OffenceRecord> Offences { get; private set; } = [];
    public List<RegisterCheck> RegisterChecks { get; private set; } = [];

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    private LicenceApplication() { }

    public static LicenceApplication Receive(ApplicationDraft d, Person applicant, Licence? renewing, string reference, Actor officer, DateTime nowUtc, DateOnly today)
    {
        if (d.ReceivedOn > today) throw new DomainRuleException("The date received cannot be in the future", nameof(d.ReceivedOn));
        var app = new LicenceApplication
        {
            Reference = reference, PersonId = applicant.Id, Kind = d.Kind, LicenceType = d.LicenceType, ReceivedOn = d.ReceivedOn,
            StatusChangedAt = nowUtc, OfficerUserId = officer.Id, OfficerName = officer.Name,
        };
        if (d.Kind == ApplicationKind.Renewal)
        {
            if (renewing is null) throw new DomainRuleException("Choose the licence this application renews", nameof(d.RenewsLicenceId));
            if (renewing.HolderId != applicant.Id) throw new DomainRuleException("The licence to renew is held by someone else", nameof(d.RenewsLicenceId));
            if (renewing.Type != d.LicenceType) throw new DomainRuleException($"The licence to renew is a {renewing.Type.Describe().ToLowerInvariant()} licence, not {d.LicenceType.Describe().ToLowerInvariant()}", nameof(d.RenewsLicenceId));
            if (renewing.Status is LicenceStatus.Revoked or LicenceStatus.Surrendered)
                throw new DomainRuleException($"A {renewing.Status.ToString().ToLowerInvariant()} licence cannot be renewed: take a new application", nameof(d.RenewsLicenceId));
            app.RenewsLicenceId = renewing.Id;
        }
        else if (renewing is not null) throw new DomainRuleException("A new application does not renew a licence: choose Renewal", nameof(d.Kind));

        if (d.LicenceType == LicenceType.PrivateHireOperator)
        {
            var centre = d.OperatingCentre ?? new Address();
            if (string.IsNullOrWhiteSpace(centre.Line1) || string.IsNullOrWhiteSpace(centre.Postcode))
                throw new DomainRuleException("Enter the operating centre's address and postcode", "OperatingCentre");
            app.OperatingCentre = centre with { Postcode = centre.Postcode!.Trim().ToUpperInvariant() };
            app.CompanyName = string.IsNullOrWhiteSpace(d.CompanyName) ? null : d.CompanyName.Trim();
        }
        if (d.LicenceType.IsVehicle())
        {
            var v = d.Vehicle ?? throw new DomainRuleException("Enter the vehicle's registration", "Registration");
            if (!Licensees.VehicleRegistration.IsPlausible(v.Registration)) throw new DomainRuleException("Enter the vehicle registration, like AB12 CDE", "Registration");
            if (string.IsNullOrWhiteSpace(v.Make) || string.IsNullOrWhiteSpace(v.Model) || string.IsNullOrWhiteSpace(v.Colour))
                throw new DomainRuleException("Enter the vehicle's make, model and colour", "Make");
            app.VehicleRegistration = v.Registration.Trim().ToUpperInvariant();
            app.VehicleMake = v.Make.Trim();
            app.VehicleModel = v.Model.Trim();
            app.VehicleColour = v.Colour.Trim();
        }
        return app;
    }

    /// <summary>
    /// Receives an application (<see cref="Receive"/>) with the rules only the records can answer: a licence is
    /// renewed by one open application at a time (a second would add the term twice), and a vehicle with a
    /// licence in force elsewhere cannot be applied for (<see cref="OneLicencePerVehicle"/>).
    /// </summary>
    public static async Task<LicenceApplication> ReceiveAsync(Data.LicensingDbContext db, ApplicationDraft d, Person applicant, Licence? renewing, string reference, Actor officer, CancellationToken ct = default)
    {
        var app = Receive(d, applicant, renewing, reference, officer, db.UtcNow, db.Today);
        if (renewing is not null && await OpenRenewalOfAsync(db, renewing.Id, ct) is { } open)
            throw new DomainRuleException($"Application {open} to renew licence {renewing.Number} is still open: record this on it, or withdraw it first", nameof(d.RenewsLicenceId));
        if (app.LicenceType.IsVehicle() && await OneLicencePerVehicle.ProblemAsync(db.VehicleLicences, app.VehicleRegistration, renewing?.Id, "Registration", ct) is { } taken)
            throw taken;
        return app;
    }

    /// <summary>The reference of another application still open to renew the licence, if there is one.</summary>
    private static Task<string?> OpenRenewalOfAsync(Data.LicensingDbContext db, Guid licenceId, CancellationToken ct) =>
        db.Applications
            .Where(a => a.RenewsLicenceId == licenceId && !ApplicationWords.Closed.Contains(a.Status))
            .OrderBy(a => a.ReceivedOn).Select(a => a.Reference).FirstOrDefaultAsync(ct);

    public static bool CanMove(ApplicationStatus from, ApplicationStatus to) => Allowed.Contains((from, to));

    public bool AcceptsRecords => Status is ApplicationStatus.Received or ApplicationStatus.ChecksInProgress or ApplicationStatus.ReadyForAssessment;

    /// <summary>
    /// Fresh checks and register searches are also taken while the application waits for the sub-committee:
    /// a check that runs out in the wait is renewed there, as a new record, without leaving the referral.
    /// </summary>
    public bool AcceptsChecks => AcceptsRecords || Status == ApplicationStatus.ReferredToSubCommittee;

    public void StartChecks(DateTime nowUtc) => Move(ApplicationStatus.ChecksInProgress, nowUtc);

    /// <summary>Checks are gathered; a register search must have been made before anyone assesses.</summary>
    public void MarkReadyForAssessment(DateTime nowUtc)
    {
        RequireMove(ApplicationStatus.ReadyForAssessment);
        if (RegisterChecks.Count == 0) throw new DomainRuleException("Search the register before the application is assessed (2022 Act s.3)");
        Move(ApplicationStatus.ReadyForAssessment, nowUtc);
    }

    /// <summary>New information arrived after the checks were closed: back to checks; the recommendation must be made again.</summary>
    public void ReopenChecks(DateTime nowUtc)
    {
        if (Status is not (ApplicationStatus.ReadyForAssessment or ApplicationStatus.Assessed))
            throw new DomainRuleException($"An application that is {Status.Describe().ToLowerInvariant()} has no closed checks to reopen");
        Move(ApplicationStatus.ChecksInProgress, nowUtc);
        Recommendation = null;
        AssessedAt = null;
    }

    public StatutoryCheck RecordCheck(CheckDetails details, Actor by, DateTime nowUtc, DateOnly today)
    {
        // After grant the driver stays subscribed to the DBS Update Service and is checked every six months.
        if (!(Status == ApplicationStatus.Granted && details.Kind == CheckKind.DbsUpdateService)) RequireOpenForRecords(AcceptsChecks);
        var check = StatutoryCheck.Record(this, details, by, nowUtc, today);
        Checks.Add(check);
        return check;
    }

    public OffenceRecord RecordOffence(OffenceDetails details, PolicyVersion policy, Actor by, DateTime nowUtc, DateOnly today)
    {
        RequireOpenForRecords(AcceptsRecords);
        var record = OffenceRecord.Record(this, details, policy, by, nowUtc, today);
        Offences.Add(record);
        return record;
    }

    public RegisterCheck RecordRegisterCheck(string searchedFor, RegisterSearchResult result, Actor by, DateTime nowUtc, DateOnly today)
    {
        RequireOpenForRecords(AcceptsChecks);
        var check = RegisterCheck.Record(this, searchedFor, result, by, nowUtc, today);
        RegisterChecks.Add(check);
        return check;
    }

    /// <summary>
    /// The last day of the applicant's time-limited leave to be in the UK, from the latest right to work check's
    /// valid-until date, for a driver or operator licence (LGMPA 1976 s.51(1A), s.53A, s.55, inserted by the Immigration
    /// Act 2016): such a licence must not outlast it. Null when the leave is not time-limited or for a vehicle.
    /// </summary>
    public DateOnly? LeaveEndsOn() => LicenceType.IsVehicle() ? null
        : Checks.Where(c => c.Kind == CheckKind.RightToWork).OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.RecordedAt).FirstOrDefault()?.ValidUntil;

    public SuitabilityAssessment Suitability(PolicyVersion policy, DateOnly today) => policy.Assess(Offences.Select(o => o.Facts()), today);

    /// <summary>The officer's assessment of the fit-and-proper question and their recommendation.</summary>
    public void RecordAssessment(string assessment, Recommendation recommendation, string? conditions, string? departureReasons,
        SuitabilityAssessment policy, Actor officer, DateTime nowUtc)
    {
        RequireMove(ApplicationStatus.Assessed);
        if (string.IsNullOrWhiteSpace(assessment)) throw new DomainRuleException("Write your assessment: would you let someone you care for travel alone with this person?", "Assessment");
        if (recommendation == Applications.Recommendation.GrantWithConditions && string.IsNullOrWhiteSpace(conditions))
            throw new DomainRuleException("List the conditions you recommend", "Conditions");
        if (recommendation is Applications.Recommendation.Grant or Applications.Recommendation.GrantWithConditions && policy.PresumesRefusal && string.IsNullOrWhiteSpace(departureReasons))
            throw new DomainRuleException($"The policy says \"{policy.Summary}\": give written reasons for departing from it", "DepartureReasons");
        Assessment = assessment.Trim();
        Recommendation = recommendation;
        RecommendedConditions = string.IsNullOrWhiteSpace(conditions) ? null : conditions.Trim();
        DepartureReasons = string.IsNullOrWhiteSpace(departureReasons) ? null : departureReasons.Trim();
        RecommendedByUserId = officer.Id;
        RecommendedByName = officer.Name;
        AssessedAt = nowUtc;
        AssessedPolicyLabel = policy.PolicyLabel;
        AssessedPolicySummary = policy.Summary + (policy.SeveralOffences ? ". " + SuitabilityAssessment.SeveralOffencesWarning : "");
        Move(ApplicationStatus.Assessed, nowUtc);
    }

    public void Withdraw(string reason, DateTime nowUtc)
    {
        RequireMove(ApplicationStatus.Withdrawn);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Record how the applicant withdrew (letter, email, at the counter)", "WithdrawalReason");
        WithdrawalReason = reason.Trim();
        Move(ApplicationStatus.Withdrawn, nowUtc);
    }

    /// <summary>Who decides: never the officer who recommended (nor a manager deciding their own recommendation).</summary>
    internal void RequireIndependentDecider(Actor maker, bool bySubCommittee)
    {
        if (!bySubCommittee && Status != ApplicationStatus.Assessed)
            throw new DomainRuleException(Status == ApplicationStatus.ReferredToSubCommittee
                ? "This application was referred to the licensing sub-committee: the committee decides it"
                : $"The application is {Status.Describe().ToLowerInvariant()}: it must be assessed before a decision");
        if (!bySubCommittee && maker.Id == RecommendedByUserId)
            throw new DomainRuleException("You made the recommendation on this application: another authorised officer must decide it");
    }

    internal void Refer(string reasons, Actor maker, DateTime nowUtc)
    {
        RequireMove(ApplicationStatus.ReferredToSubCommittee);
        if (string.IsNullOrWhiteSpace(reasons)) throw new DomainRuleException("Say why the sub-committee should decide this application", "Reasons");
        ReferralReasons = reasons.Trim();
        DecidedByUserId = maker.Id;
        DecidedByName = maker.Name;
        Move(ApplicationStatus.ReferredToSubCommittee, nowUtc);
    }

    /// <summary>
    /// A hearing is arranged for the referral. Recorded on the application (a versioned record), so of two
    /// managers arranging at the same moment the second save is refused rather than a second hearing made.
    /// </summary>
    public void HearingArranged(Guid hearingId)
    {
        if (Status != ApplicationStatus.ReferredToSubCommittee)
            throw new DomainRuleException("A hearing is arranged only for an application referred to the sub-committee");
        if (HearingId is not null) throw new DomainRuleException("A hearing of this application is already arranged");
        HearingId = hearingId;
    }

    /// <summary>The application's hearing was adjourned: it waits, still referred, for a new hearing to be arranged.</summary>
    public void HearingAdjourned(Guid hearingId)
    {
        if (HearingId != hearingId) throw new DomainRuleException("That is not this application's hearing");
        HearingId = null;
    }

    /// <summary>The applicant's written representations to the sub-committee (a later record replaces an earlier one; the audit keeps both).</summary>
    public void RecordRepresentations(string representations, DateOnly receivedOn, DateOnly today)
    {
        if (Status != ApplicationStatus.ReferredToSubCommittee)
            throw new DomainRuleException("Representations to the sub-committee are recorded once the application is referred to it and before it decides");
        if (string.IsNullOrWhiteSpace(representations)) throw new DomainRuleException("Enter what the applicant said, or attach a summary of their letter", "Representations");
        if (receivedOn > today) throw new DomainRuleException("The date received cannot be in the future", "RepresentationsReceivedOn");
        if (receivedOn < ReceivedOn) throw new DomainRuleException("The representations cannot have been received before the application", "RepresentationsReceivedOn");
        Representations = representations.Trim();
        RepresentationsReceivedOn = receivedOn;
    }

    internal void RecordDecision(Decisions.Decision decision, Actor maker, DateTime nowUtc, Guid? licenceId, string? exceptionalReasons)
    {
        var to = decision.Kind == Decisions.DecisionKind.Grant ? ApplicationStatus.Granted : ApplicationStatus.Refused;
        RequireMove(to);
        DecisionId = decision.Id;
        DecidedAt = nowUtc;
        DecidedByUserId = maker.Id;
        DecidedByName = decision.MakerName;
        LicenceId = licenceId;
        if (exceptionalReasons is not null)
        {
            ExceptionalReasons = exceptionalReasons;
            ExceptionalReasonsSignedOffBy = maker.Name;
        }
        Move(to, nowUtc);
    }

    /// <summary>Each required check's state today: missing, unsatisfactory, expired, expiring soon, or in order.</summary>
    public IReadOnlyList<CheckState> CheckStates(ApplicationOptions options, DateOnly today)
    {
        var states = new List<CheckState>();
        foreach (var kind in options.Required(LicenceType, Kind))
        {
            if (kind == CheckKind.RegisterSearch)
            {
                states.Add(RegisterState(options, today));
                continue;
            }
            var latest = Checks.Where(c => c.Kind == kind).OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.RecordedAt).FirstOrDefault();
            states.Add(CheckState.Of(kind, latest?.Outcome, latest?.ExpiresOn(options), options, today, latest?.Id));
        }
        return states;
    }

    private CheckState RegisterState(ApplicationOptions options, DateOnly today)
    {
        var latest = RegisterChecks.OrderByDescending(r => r.SearchedAt).FirstOrDefault();
        if (latest is null) return CheckState.Of(CheckKind.RegisterSearch, null, null, options, today, null);
        var expires = options.MonthsValid(CheckKind.RegisterSearch) is { } m ? latest.SearchedOn.AddMonths(m).AddDays(-1) : (DateOnly?)null;
        if (!latest.EverySourceAnswered)
            return new CheckState(CheckKind.RegisterSearch, CheckStatus.Failed, expires, latest.Id,
                $"{string.Join(", ", latest.Sources.Where(s => s.Outcome != SourceOutcome.Answered).Select(s => s.Name))} did not answer: search again");
        var open = latest.Hits.Where(h => h.IsOpen).ToList();
        if (open.Count > 0)
            return new CheckState(CheckKind.RegisterSearch, CheckStatus.Failed, expires, latest.Id,
                $"record the reply from {string.Join(", ", open.Select(h => h.AuthorityName).Distinct())} about the register hit");
        return CheckState.Of(CheckKind.RegisterSearch, CheckOutcome.Satisfactory, expires, options, today, latest.Id);
    }

    private void RequireOpenForRecords(bool accepts)
    {
        if (!accepts)
            throw new DomainRuleException(Status switch
            {
                ApplicationStatus.Assessed => "The application has been assessed: reopen the checks to record more",
                ApplicationStatus.ReferredToSubCommittee => "The application is referred to the sub-committee: only fresh checks and register searches can be recorded on it; put other information to the sub-committee with the hearing papers",
                _ => $"The application is {Status.Describe().ToLowerInvariant()}: nothing more can be recorded on it",
            });
    }

    private void RequireMove(ApplicationStatus to)
    {
        if (!CanMove(Status, to))
            throw new DomainRuleException($"An application that is {Status.Describe().ToLowerInvariant()} cannot become {to.Describe().ToLowerInvariant()}");
    }

    private void Move(ApplicationStatus to, DateTime nowUtc)
    {
        RequireMove(to);
        Status = to;
        StatusChangedAt = nowUtc;
    }
}

public enum CheckStatus { Missing, Failed, Expired, ExpiringSoon, InOrder }

public sealed record CheckState(CheckKind Kind, CheckStatus Status, DateOnly? ExpiresOn, Guid? RecordId, string? Problem)
{
    public bool BlocksGrant => Status is CheckStatus.Missing or CheckStatus.Failed or CheckStatus.Expired;

    public string Describe() => Status switch
    {
        CheckStatus.Missing => $"{Kind.Describe()}: missing",
        CheckStatus.Failed => $"{Kind.Describe()}: {Problem ?? "unsatisfactory"}",
        CheckStatus.Expired => $"{Kind.Describe()}: expired on {LondonTime.Format(ExpiresOn!.Value)}",
        _ => Kind.Describe(),
    };

    internal static CheckState Of(CheckKind kind, CheckOutcome? outcome, DateOnly? expiresOn, ApplicationOptions options, DateOnly today, Guid? id) => outcome switch
    {
        null => new(kind, CheckStatus.Missing, null, null, null),
        CheckOutcome.Unsatisfactory => new(kind, CheckStatus.Failed, expiresOn, id, null),
        _ when expiresOn < today => new(kind, CheckStatus.Expired, expiresOn, id, null),
        _ when expiresOn < today.AddDays(options.ExpiringWithinDays) => new(kind, CheckStatus.ExpiringSoon, expiresOn, id, null),
        _ => new(kind, CheckStatus.InOrder, expiresOn, id, null),
    };
}
