using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;

namespace Licensing.Domain.Register;

/// <summary>
/// One refusal, suspension or revocation on the register: who it was about (a snapshot of their
/// identity when it was recorded), what was decided and when, and which authority recorded it.
/// Made from every adverse decision here, or imported from another authority's or NR3S's file.
/// A hit on an entry discloses only that it exists and whom to ask; the grounds need a details request.
/// </summary>
public sealed class RegisterEntry : IVersioned, IBelongsToPerson
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    /// <summary>Unique across the register; the key that re-imports and details requests use.</summary>
    public string Reference { get; private set; } = "";
    public string AuthorityCode { get; private set; } = "";
    public string AuthorityName { get; private set; } = "";

    public string Surname { get; private set; } = "";
    public string Forenames { get; private set; } = "";
    public List<string> PreviousSurnames { get; private set; } = [];
    public DateOnly DateOfBirth { get; private set; }
    public string? DrivingLicenceNumber { get; private set; }
    public string? NationalInsuranceNumber { get; private set; }
    public string? Postcode { get; private set; }

    public RegisterDecision Decision { get; private set; }
    public DateOnly DecisionDate { get; private set; }
    /// <summary>When the decision took (or takes) effect; unknown for most imported entries.</summary>
    public DateOnly? EffectiveDate { get; private set; }
    public LicenceType LicenceType { get; private set; }
    public GroundsCategory Grounds { get; private set; }

    /// <summary>The person and decision here it came from; null for imported entries.</summary>
    public Guid? PersonId { get; private set; }
    public Guid? DecisionId { get; private set; }
    /// <summary>Set when an appeal was allowed: the entry stays (the history is true) but says so.</summary>
    public string? AppealOutcome { get; private set; }
    public DateOnly? AppealOutcomeOn { get; private set; }
    /// <summary>Set by the retention review; an administrator decides what happens next.</summary>
    public DateOnly? RetentionReviewDueSince { get; private set; }
    public DateTime RecordedAt { get; private set; }

    /// <summary>Blocking keys for candidate retrieval: <see cref="MatchKeys"/>.</summary>
    public List<RegisterMatchKey> Keys { get; private set; } = [];
    public int Version { get; set; }

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    public string FullName => $"{Forenames} {Surname}";
    public RegisterIdentity Identity => new(Surname, Forenames, PreviousSurnames, DateOfBirth, DrivingLicenceNumber);

    private RegisterEntry() { }

    /// <summary>The entry an adverse decision made here puts on the register.</summary>
    public static RegisterEntry FromDecision(Decision decision, Person person, string authorityCode, string authorityName, DateTime nowUtc)
    {
        if (!decision.IsAdverse) throw new DomainRuleException("Only a refusal, suspension or revocation goes on the register");
        var entry = new RegisterEntry
        {
            PersonId = person.Id,
            DecisionId = decision.Id,
            RecordedAt = nowUtc,
        };
        entry.Describe(new RegisterEntryDetails(
            ReferenceFor(authorityCode, decision), authorityCode, authorityName, person.Surname, person.Forenames, person.PreviousSurnames,
            person.DateOfBirth, person.DrivingLicenceNumber, person.NationalInsuranceNumber, person.Address.Postcode,
            decision.LicenceType, DecisionOf(decision.Kind), decision.DecidedOn, decision.Grounds ?? GroundsCategory.Other));
        entry.EffectiveDate = decision.TookEffectOn ?? decision.TakesEffectOn;
        return entry;
    }

    /// <summary>An entry from a register file (ours, a neighbour's or NR3S's).</summary>
    public static RegisterEntry Import(RegisterEntryDetails details, DateTime nowUtc)
    {
        var entry = new RegisterEntry { RecordedAt = nowUtc };
        entry.Describe(details);
        return entry;
    }

    /// <summary>A re-import of the same reference: the file is the source of truth for imported entries.</summary>
    public void Reimport(RegisterEntryDetails details)
    {
        if (DecisionId is not null) throw new DomainRuleException($"Entry {Reference} was recorded from a decision here; change it through that decision, not a file", "reference");
        Describe(details);
    }

    private void Describe(RegisterEntryDetails d)
    {
        if (string.IsNullOrWhiteSpace(d.Reference)) throw new DomainRuleException("Enter the reference", "reference");
        if (string.IsNullOrWhiteSpace(d.Surname)) throw new DomainRuleException("Enter the surname", "surname");
        if (string.IsNullOrWhiteSpace(d.Forenames)) throw new DomainRuleException("Enter the forenames", "forenames");
        if (string.IsNullOrWhiteSpace(d.AuthorityCode)) throw new DomainRuleException("Enter the recording authority's code", "authority_code");
        if (!d.LicenceType.IsDriver() && d.LicenceType != LicenceType.PrivateHireOperator)
            throw new DomainRuleException("The register holds driver and operator licences only", "licence_type");
        Reference = d.Reference.Trim();
        AuthorityCode = d.AuthorityCode.Trim().ToUpperInvariant();
        AuthorityName = d.AuthorityName.Trim();
        Surname = d.Surname.Trim();
        Forenames = d.Forenames.Trim();
        PreviousSurnames = d.PreviousSurnames.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        DateOfBirth = d.DateOfBirth;
        DrivingLicenceNumber = string.IsNullOrWhiteSpace(d.DrivingLicenceNumber) ? null : SearchText.Compact(d.DrivingLicenceNumber);
        NationalInsuranceNumber = Licensees.NationalInsuranceNumber.Normalise(d.NationalInsuranceNumber);
        Postcode = string.IsNullOrWhiteSpace(d.Postcode) ? null : d.Postcode.Trim().ToUpperInvariant();
        LicenceType = d.LicenceType;
        Decision = d.Decision;
        DecisionDate = d.DecisionDate;
        Grounds = d.Grounds;
        var keys = MatchKeys.ForEntry(Identity);
        Keys.RemoveAll(k => !keys.Contains(k.Key));
        foreach (var key in keys.Where(k => Keys.All(existing => existing.Key != k))) Keys.Add(new RegisterMatchKey(key));
    }

    /// <summary>The decision took effect (notice served and appeal period over, or immediately).</summary>
    public void DecisionTookEffect(DateOnly on) => EffectiveDate = on;

    /// <summary>
    /// An appeal changed the outcome. The entry is kept — it is true that the decision was made — but a
    /// search shows it was overturned or varied, so nobody relies on it as it stood.
    /// </summary>
    public void AppealDecided(string outcome, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(outcome)) throw new DomainRuleException("Say what the court decided", "outcome");
        AppealOutcome = outcome.Trim();
        AppealOutcomeOn = on;
    }

    /// <summary>Flags the entry for an administrator's review once it is older than the retention period; never deletes.</summary>
    public bool FlagIfRetentionDue(DateOnly today, int retentionYears)
    {
        if (RetentionReviewDueSince is not null || DecisionDate.AddYears(retentionYears) > today) return false;
        RetentionReviewDueSince = today;
        return true;
    }

    public static string ReferenceFor(string authorityCode, Decision decision) =>
        $"{authorityCode.Trim().ToUpperInvariant()}-{decision.DecidedOn.Year}-{decision.Id.ToString("N")[^8..].ToUpperInvariant()}";

    public static RegisterDecision DecisionOf(DecisionKind kind) => kind switch
    {
        DecisionKind.Refusal or DecisionKind.RefusalToRenew => RegisterDecision.Refusal,
        DecisionKind.Suspension => RegisterDecision.Suspension,
        DecisionKind.Revocation => RegisterDecision.Revocation,
        _ => throw new DomainRuleException($"A {kind} does not go on the register"),
    };
}

public enum RegisterDecision { Refusal, Suspension, Revocation }

public sealed record RegisterEntryDetails(
    string Reference, string AuthorityCode, string AuthorityName, string Surname, string Forenames,
    IReadOnlyList<string> PreviousSurnames, DateOnly DateOfBirth, string? DrivingLicenceNumber, string? NationalInsuranceNumber,
    string? Postcode, LicenceType LicenceType, RegisterDecision Decision, DateOnly DecisionDate, GroundsCategory Grounds);

/// <summary>Who a search or an entry is about, as far as matching is concerned.</summary>
public sealed record RegisterIdentity(string Surname, string Forenames, IReadOnlyList<string> PreviousSurnames, DateOnly DateOfBirth, string? DrivingLicenceNumber);

/// <summary>A blocking key (an owned row, indexed) so a search reads a few candidates, not the register.</summary>
public sealed record RegisterMatchKey(string Key);
