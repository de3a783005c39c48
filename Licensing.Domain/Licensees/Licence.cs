using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Domain.Decisions;

namespace Licensing.Domain.Licensees;

/// <summary>
/// A licence the authority issued. Its status is a state machine; every transition names the
/// decision or dated event that caused it, and an illegal one is refused with a readable reason.
/// </summary>
public abstract class Licence : IVersioned, IBelongsToPerson
{
    private static readonly HashSet<(LicenceStatus From, LicenceStatus To)> Allowed =
    [
        (LicenceStatus.Granted, LicenceStatus.Suspended),
        (LicenceStatus.Suspended, LicenceStatus.Granted),
        (LicenceStatus.Granted, LicenceStatus.Revoked),
        (LicenceStatus.Suspended, LicenceStatus.Revoked),
        (LicenceStatus.Granted, LicenceStatus.Expired),
        (LicenceStatus.Suspended, LicenceStatus.Expired),
        (LicenceStatus.Granted, LicenceStatus.Surrendered),
        (LicenceStatus.Suspended, LicenceStatus.Surrendered),
    ];

    public Guid Id { get; protected set; } = Guid.CreateVersion7();
    public LicenceType Type { get; protected set; }
    public string Number { get; protected set; } = "";
    public string SearchNumber { get; protected set; } = "";
    public Guid? HolderId { get; protected set; }
    public DateOnly IssuedOn { get; protected set; }
    public DateOnly ExpiresOn { get; protected set; }
    public LicenceStatus Status { get; private set; } = LicenceStatus.Granted;
    public DateOnly StatusSince { get; private set; }
    public Guid GrantDecisionId { get; protected set; }
    /// <summary>The decision behind the current status, when a decision caused it.</summary>
    public Guid? StatusDecisionId { get; private set; }
    public string? StatusNote { get; private set; }
    /// <summary>The day a suspended licence is back in force: the suspension's last day is the day before.</summary>
    public DateOnly? SuspendedUntil { get; private set; }
    public string? Conditions { get; protected set; }
    /// <summary>The licence's conditions are kept to this length (the column's).</summary>
    public const int ConditionsMaxLength = 8000;
    public int Version { get; set; }

    Guid? IBelongsToPerson.TimelinePersonId => HolderId;

    /// <summary>True while the holder may work under it.</summary>
    public bool IsInForce => Status == LicenceStatus.Granted;

    protected void Issue(Decision grant, LicenceType type, string number, DateOnly issuedOn, DateOnly expiresOn, Guid? holderId)
    {
        if (grant.Kind != DecisionKind.Grant) throw new DomainRuleException("A licence can only be issued under a decision to grant");
        // Only letters and digits count (SearchNumber, the unique one): "-" is no number.
        if (SearchText.Compact(number).Length == 0) throw new DomainRuleException("Enter the licence number", "Number");
        if (expiresOn <= issuedOn) throw new DomainRuleException("The expiry date must be after the issue date", "ExpiresOn");
        Type = type;
        Number = number.Trim().ToUpperInvariant();
        SearchNumber = SearchText.Compact(Number);
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
        HolderId = holderId;
        GrantDecisionId = grant.Id;
        StatusSince = issuedOn;
    }

    /// <summary>Corrects the dates of a licence entered from existing records.</summary>
    public void CorrectTerm(DateOnly issuedOn, DateOnly expiresOn)
    {
        if (expiresOn <= issuedOn) throw new DomainRuleException("The expiry date must be after the issue date", "ExpiresOn");
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
    }

    public void Suspend(Decision decision, DateOnly effectiveOn)
    {
        RequireDecisionFor(decision, DecisionKind.Suspension);
        Move(LicenceStatus.Suspended, effectiveOn, decision.Id, $"Suspended under decision of {LondonTime.Format(decision.DecidedOn)}");
        SuspendedUntil = decision.SuspensionEndsIfTakingEffectOn(effectiveOn);
    }

    public void Revoke(Decision decision, DateOnly effectiveOn)
    {
        RequireDecisionFor(decision, DecisionKind.Revocation);
        Move(LicenceStatus.Revoked, effectiveOn, decision.Id, $"Revoked under decision of {LondonTime.Format(decision.DecidedOn)}");
        SuspendedUntil = null;
    }

    /// <summary>A suspension ended on its date, or an appeal against it was allowed.</summary>
    public void Reinstate(DateOnly on, string reason, Decision? cause = null)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Say why the licence is reinstated");
        if (Status == LicenceStatus.Suspended && SuspendedUntil is { } until && on < until && cause is null)
            throw new DomainRuleException($"The suspension runs until {LondonTime.Format(until)}; only a decision (such as an appeal allowed) can end it sooner");
        if (Status == LicenceStatus.Revoked && cause is not null && on <= ExpiresOn)
        {
            // An appeal allowed against a revocation restores the licence.
            SetStatus(LicenceStatus.Granted, on, cause.Id, reason.Trim());
            return;
        }
        Move(LicenceStatus.Granted, on, cause?.Id, reason.Trim());
        SuspendedUntil = null;
    }

    /// <summary>
    /// The court allowed the appeal against <paramref name="overturned"/>, or put its own decision in its place: if
    /// the licence is still suspended or revoked under it, it is back in force from the court's date, or expired if
    /// its term ended meanwhile (the court restores the licence, not a longer term). A licence the decision no longer
    /// holds — a suspension already over, a later decision, a licence surrendered or expired — is left as it is.
    /// </summary>
    public void RestoreOnAppeal(Decision overturned, Decision court, DateOnly on, string reason)
    {
        if (court.MakerKind != DecisionMaker.Court || court.SupersedesDecisionId != overturned.Id)
            throw new DomainRuleException("Only the court's decision on an appeal against this decision can restore the licence");
        if (StatusDecisionId != overturned.Id || Status is not (LicenceStatus.Suspended or LicenceStatus.Revoked)) return;
        if (on <= ExpiresOn)
        {
            Reinstate(on, reason, court);
            return;
        }
        SetStatus(LicenceStatus.Expired, ExpiresOn.AddDays(1), court.Id, $"{reason.Trim()}; the licence had expired at the end of {LondonTime.Format(ExpiresOn)}");
        SuspendedUntil = null;
    }

    public void Expire(DateOnly today)
    {
        if (today <= ExpiresOn) throw new DomainRuleException($"The licence does not expire until the end of {LondonTime.Format(ExpiresOn)}");
        Move(LicenceStatus.Expired, ExpiresOn.AddDays(1), null, "Expired");
    }

    /// <summary>
    /// A refusal to renew takes effect as a suspension or revocation does (s.61(2A)): at the end of the 21 days
    /// for appeal, and its notice tells the driver they may work until then. A licence whose date passed in the
    /// meantime stayed in force (<see cref="AwaitingRefusalToRenew"/>) and ends now; one whose date is still to
    /// come runs to its date.
    /// </summary>
    public void RefusalToRenewTookEffect(Decision refusal, DateOnly on)
    {
        if (refusal.Kind != DecisionKind.RefusalToRenew || refusal.LicenceId != Id) throw new DomainRuleException("Only a refusal to renew this licence ends it this way");
        if (on <= ExpiresOn || Status is not (LicenceStatus.Granted or LicenceStatus.Suspended)) return;
        Move(LicenceStatus.Expired, on, refusal.Id, $"Its renewal was refused; in force past {LondonTime.Format(ExpiresOn)} until the refusal took effect");
    }

    /// <summary>The licences whose renewal was refused by a decision not yet in effect (nor replaced): they do not expire on their date.</summary>
    public static IQueryable<Guid?> AwaitingRefusalToRenew(Data.LicensingDbContext db) =>
        db.Decisions.Where(d => d.Kind == DecisionKind.RefusalToRenew && d.LicenceId != null && d.TookEffectOn == null
                                && !db.Decisions.Any(later => later.SupersedesDecisionId == d.Id))
            .Select(d => d.LicenceId);

    public void Surrender(DateOnly on, string note)
    {
        if (string.IsNullOrWhiteSpace(note)) throw new DomainRuleException("Record how the licence was surrendered", "Note");
        Move(LicenceStatus.Surrendered, on, null, note.Trim());
    }

    /// <summary>
    /// A renewal granted extends the same licence: before expiry from its expiry, after it (the licence lapsed
    /// while the application was decided) from the decision, when it is in force again. Conditions the grant
    /// sets are added to the licence's own under a line naming the renewal, as a review's are.
    /// </summary>
    public void Renew(Decision grant, DateOnly newExpiry, string? conditions = null)
    {
        if (grant.Kind != DecisionKind.Grant || grant.LicenceId != Id) throw new DomainRuleException("A licence can only be renewed under a decision to grant its renewal");
        if (Status is LicenceStatus.Revoked or LicenceStatus.Surrendered) throw new DomainRuleException($"A {Status.ToString().ToLowerInvariant()} licence cannot be renewed; the applicant must apply afresh");
        if (newExpiry <= ExpiresOn) throw new DomainRuleException("The renewed licence must expire after the current one", "ExpiresOn");
        var all = Conditions;
        if (!string.IsNullOrWhiteSpace(conditions))
        {
            var entry = $"Added on renewal, decided {LondonTime.Format(grant.DecidedOn)}:\n{conditions.Trim()}";
            all = all is null ? entry : $"{all}\n\n{entry}";
            if (all.Length > ConditionsMaxLength)
                throw new DomainRuleException($"With these the licence's conditions would run to {all.Length:N0} characters; keep them within {ConditionsMaxLength:N0}", "Conditions");
        }
        ExpiresOn = newExpiry;
        GrantDecisionId = grant.Id;
        Conditions = all;
        if (Status == LicenceStatus.Expired)
        {
            // Not a move in the table: only a renewal granted brings an expired licence back, never a reinstatement.
            // A suspension still running when it expired still runs: the renewal does not end it early.
            var stillSuspended = SuspendedUntil is { } until && until > grant.DecidedOn;
            SetStatus(stillSuspended ? LicenceStatus.Suspended : LicenceStatus.Granted, grant.DecidedOn, grant.Id,
                stillSuspended ? $"Renewed after it had expired; suspended until {LondonTime.Format(SuspendedUntil!.Value)}" : "Renewed after it had expired");
            if (!stillSuspended) SuspendedUntil = null;
        }
    }

    /// <summary>
    /// A review decided that the licence carries further conditions: they are added to its own, under a line
    /// naming the review and the day it was decided, from the decision (docs/REVIEWS.md says why then). The
    /// conditions already on the licence stay; a licence no longer in force or suspended takes none.
    /// </summary>
    public void AddConditions(ReviewCase decided)
    {
        if (decided.Outcome != CaseOutcome.Conditions || decided.DecidedOn is not { } on || decided.OutcomeConditions is not { } added)
            throw new DomainRuleException("Conditions are added to a licence by a review decided with conditions");
        if (decided.LicenceId != Id) throw new DomainRuleException("The review is about a different licence", "LicenceId");
        if (Status is not (LicenceStatus.Granted or LicenceStatus.Suspended))
            throw new DomainRuleException($"The licence is {Status.ToString().ToLowerInvariant()}, so conditions cannot be added to it", "Outcome");
        var entry = AddedOnReview(decided.Reference, on, added);
        var all = Conditions is null ? entry : $"{Conditions}\n\n{entry}";
        if (all.Length > ConditionsMaxLength)
            throw new DomainRuleException($"With these the licence's conditions would run to {all.Length:N0} characters; keep them within {ConditionsMaxLength:N0}", "Conditions");
        Conditions = all;
    }

    /// <summary>
    /// The court decided the licensee's appeal against the conditions a review added: allowed, they come off the
    /// licence; varied, the court's conditions take their place (under a line saying so). The rest stay as they are.
    /// </summary>
    /// <param name="substituted">The court's conditions when it varied them; null when it allowed the appeal.</param>
    public void ConditionsDecidedOnAppeal(ReviewCase appealed, string? substituted, DateOnly on, string court)
    {
        if (appealed.Outcome != CaseOutcome.Conditions || appealed.DecidedOn is not { } decidedOn || appealed.OutcomeConditions is not { } added)
            throw new DomainRuleException("Only conditions a review added can be changed by the court's decision on them");
        if (appealed.LicenceId != Id) throw new DomainRuleException("The review is about a different licence", "LicenceId");
        var entry = AddedOnReview(appealed.Reference, decidedOn, added);
        if (Conditions is not { } all || !all.Contains(entry, StringComparison.Ordinal))
            throw new DomainRuleException($"The conditions added on review {appealed.Reference} are no longer on the licence as they were written, so the court's decision cannot be applied to them here. Change the licence's conditions as the court decided and record why on the case.", "AppealOutcome");
        var replacement = string.IsNullOrWhiteSpace(substituted) ? ""
            : $"Added on review {appealed.Reference}, decided {LondonTime.Format(decidedOn)}; varied on appeal by {court} on {LondonTime.Format(on)}:\n{substituted.Trim()}";
        var rest = replacement.Length > 0 ? all.Replace(entry, replacement, StringComparison.Ordinal)
            : all.Replace($"\n\n{entry}", "", StringComparison.Ordinal).Replace(entry, "", StringComparison.Ordinal).Trim();
        if (rest.Length > ConditionsMaxLength)
            throw new DomainRuleException($"With the court's conditions the licence's would run to {rest.Length:N0} characters; keep them within {ConditionsMaxLength:N0}", "VariedConditions");
        Conditions = rest.Length == 0 ? null : rest;
    }

    private static string AddedOnReview(string reference, DateOnly decidedOn, string conditions) =>
        $"Added on review {reference}, decided {LondonTime.Format(decidedOn)}:\n{conditions}";

    public static bool CanMove(LicenceStatus from, LicenceStatus to) => Allowed.Contains((from, to));

    /// <summary>
    /// Why a suspension or revocation taking effect finds nothing to change on this licence (it has ended, or
    /// is already suspended), in words for the authority that referred the concern; null when it can change.
    /// </summary>
    public string? NothingLeftFor(DecisionKind kind)
    {
        var to = kind == DecisionKind.Revocation ? LicenceStatus.Revoked : LicenceStatus.Suspended;
        if (CanMove(Status, to)) return null;
        return Status switch
        {
            LicenceStatus.Expired => $"the licence had already expired at the end of {LondonTime.Format(ExpiresOn)}",
            LicenceStatus.Surrendered => $"the licence had been surrendered on {LondonTime.Format(StatusSince)}",
            LicenceStatus.Revoked => $"the licence had already been revoked on {LondonTime.Format(StatusSince)}",
            LicenceStatus.Suspended => $"the licence was already suspended (since {LondonTime.Format(StatusSince)})",
            _ => $"the licence was {Status.ToString().ToLowerInvariant()}",
        };
    }

    private void RequireDecisionFor(Decision decision, DecisionKind kind)
    {
        if (decision.Kind != kind) throw new DomainRuleException($"A {kind.ToString().ToLowerInvariant()} needs a decision to {kind.ToString().ToLowerInvariant()}, not a {decision.Kind.ToString().ToLowerInvariant()}");
        if (decision.LicenceId != Id) throw new DomainRuleException("The decision is about a different licence");
    }

    private void Move(LicenceStatus to, DateOnly on, Guid? decisionId, string note)
    {
        if (!CanMove(Status, to))
            throw new DomainRuleException($"A {Status.ToString().ToLowerInvariant()} licence cannot become {to.ToString().ToLowerInvariant()}");
        SetStatus(to, on, decisionId, note);
    }

    /// <summary>
    /// Every status change writes these four together. Only <see cref="Move"/> and the few changes outside its table
    /// that a decision alone may make (an appeal restoring a revoked licence, a renewal reviving an expired one)
    /// call it directly.
    /// </summary>
    private void SetStatus(LicenceStatus to, DateOnly on, Guid? decisionId, string note)
    {
        Status = to;
        StatusSince = on;
        StatusDecisionId = decisionId;
        StatusNote = note;
    }
}

public sealed class DriverLicence : Licence
{
    public string BadgeNumber { get; private set; } = "";
    public string SearchBadgeNumber { get; private set; } = "";

    private DriverLicence() { }

    public static DriverLicence Grant(Decision grant, Guid personId, LicenceType type, string number, string badgeNumber, DateOnly issuedOn, DateOnly expiresOn, string? conditions = null)
    {
        if (!type.IsDriver()) throw new DomainRuleException("Choose a driver licence type", "Type");
        if (SearchText.Compact(badgeNumber).Length == 0) throw new DomainRuleException("Enter the badge number", "BadgeNumber");
        var licence = new DriverLicence();
        licence.Issue(grant, type, number, issuedOn, expiresOn, personId);
        licence.BadgeNumber = badgeNumber.Trim().ToUpperInvariant();
        licence.SearchBadgeNumber = SearchText.Compact(badgeNumber);
        licence.Conditions = string.IsNullOrWhiteSpace(conditions) ? null : conditions.Trim();
        return licence;
    }
}

public sealed class OperatorLicence : Licence
{
    /// <summary>Set when the operator is a company; an individual operator is the holder person.</summary>
    public string? CompanyName { get; private set; }
    public string? CompanyNumber { get; private set; }
    public Address OperatingCentre { get; private set; } = new();

    private OperatorLicence() { }

    public static OperatorLicence Grant(Decision grant, Guid? holderPersonId, string? companyName, string? companyNumber, Address operatingCentre, string number, DateOnly issuedOn, DateOnly expiresOn, string? conditions)
    {
        if (holderPersonId is null && string.IsNullOrWhiteSpace(companyName))
            throw new DomainRuleException("An operator licence is held by a person or a company: choose one", "CompanyName");
        if (string.IsNullOrWhiteSpace(operatingCentre.Line1) || string.IsNullOrWhiteSpace(operatingCentre.Postcode))
            throw new DomainRuleException("Enter the operating centre's address and postcode", "OperatingCentre");
        var licence = new OperatorLicence();
        licence.Issue(grant, LicenceType.PrivateHireOperator, number, issuedOn, expiresOn, holderPersonId);
        licence.CompanyName = string.IsNullOrWhiteSpace(companyName) ? null : companyName.Trim();
        licence.CompanyNumber = string.IsNullOrWhiteSpace(companyNumber) ? null : companyNumber.Trim();
        licence.OperatingCentre = operatingCentre;
        licence.Conditions = string.IsNullOrWhiteSpace(conditions) ? null : conditions.Trim();
        return licence;
    }
}

public sealed class VehicleLicence : Licence
{
    public string PlateNumber { get; private set; } = "";
    public string Registration { get; private set; } = "";
    public string SearchRegistration { get; private set; } = "";
    public string Make { get; private set; } = "";
    public string Model { get; private set; } = "";
    public string Colour { get; private set; } = "";

    private VehicleLicence() { }

    public static VehicleLicence Grant(Decision grant, Guid proprietorId, LicenceType type, string plateNumber, VehicleDetails vehicle, DateOnly issuedOn, DateOnly expiresOn, string? conditions = null)
    {
        if (!type.IsVehicle()) throw new DomainRuleException("Choose a vehicle licence type", "Type");
        if (string.IsNullOrWhiteSpace(plateNumber)) throw new DomainRuleException("Enter the plate number", "PlateNumber");
        var licence = new VehicleLicence();
        licence.Issue(grant, type, plateNumber, issuedOn, expiresOn, proprietorId);
        licence.PlateNumber = plateNumber.Trim().ToUpperInvariant();
        licence.Describe(vehicle);
        licence.Conditions = string.IsNullOrWhiteSpace(conditions) ? null : conditions.Trim();
        return licence;
    }

    public void Describe(VehicleDetails v)
    {
        if (!VehicleRegistration.IsPlausible(v.Registration)) throw new DomainRuleException("Enter the vehicle registration, like AB12 CDE", "Registration");
        if (string.IsNullOrWhiteSpace(v.Make)) throw new DomainRuleException("Enter the make", "Make");
        if (string.IsNullOrWhiteSpace(v.Model)) throw new DomainRuleException("Enter the model", "Model");
        if (string.IsNullOrWhiteSpace(v.Colour)) throw new DomainRuleException("Enter the colour", "Colour");
        Registration = v.Registration.Trim().ToUpperInvariant();
        SearchRegistration = VehicleRegistration.Normalise(v.Registration);
        Make = v.Make.Trim();
        Model = v.Model.Trim();
        Colour = v.Colour.Trim();
    }
}

public sealed record VehicleDetails(string Registration, string Make, string Model, string Colour);
