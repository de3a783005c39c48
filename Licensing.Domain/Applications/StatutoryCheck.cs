using Licensing.Domain.Audit;
using Licensing.Domain.Common;

namespace Licensing.Domain.Applications;

public enum CheckOutcome { Satisfactory, Unsatisfactory }

/// <summary>What the officer saw when they made a check; the fields that apply depend on the kind.</summary>
public sealed record CheckDetails(
    CheckKind Kind,
    string EvidenceReference,
    DateOnly CheckedOn,
    CheckOutcome Outcome,
    DateOnly? IssuedOn = null,
    DateOnly? ValidUntil = null,
    bool? BarredListsChecked = null,
    bool? DisclosedInformation = null,
    DateOnly? LicenceHeldSince = null,
    int? Points = null,
    string? Endorsements = null,
    string? Notes = null);

/// <summary>
/// One statutory check on an application, as a record of evidence: what was seen (reference, dates),
/// the outcome, and who recorded it. A later check of the same kind supersedes it; nothing is edited.
/// </summary>
public sealed class StatutoryCheck : IBelongsToPerson
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; private set; }
    public Guid PersonId { get; private set; }
    public CheckKind Kind { get; private set; }
    public string EvidenceReference { get; private set; } = "";
    public DateOnly CheckedOn { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    /// <summary>An end date printed on the evidence (medical, visa, insurance); the configured age still applies when it is sooner.</summary>
    public DateOnly? ValidUntil { get; private set; }
    public CheckOutcome Outcome { get; private set; }
    public bool? BarredListsChecked { get; private set; }
    public bool? DisclosedInformation { get; private set; }
    public DateOnly? LicenceHeldSince { get; private set; }
    public int? Points { get; private set; }
    public string? Endorsements { get; private set; }
    public string? Notes { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    private StatutoryCheck() { }

    internal static StatutoryCheck Record(LicenceApplication application, CheckDetails d, Actor by, DateTime nowUtc, DateOnly today)
    {
        if (d.Kind == CheckKind.RegisterSearch) throw new DomainRuleException("Search the register from the register check section: its result is recorded from the search itself", nameof(d.Kind));
        if (string.IsNullOrWhiteSpace(d.EvidenceReference)) throw new DomainRuleException($"Enter the {d.Kind.EvidenceLabel().ToLowerInvariant()}", nameof(d.EvidenceReference));
        if (d.CheckedOn > today) throw new DomainRuleException("The date of the check cannot be in the future", nameof(d.CheckedOn));
        if (d.IssuedOn is { } issued && issued > d.CheckedOn) throw new DomainRuleException("The issue date must be on or before the date of the check", nameof(d.IssuedOn));
        if (d.ValidUntil is { } until && d.IssuedOn is { } from && until <= from) throw new DomainRuleException("The valid-until date must be after the issue date", nameof(d.ValidUntil));
        var reference = d.EvidenceReference.Trim();
        switch (d.Kind)
        {
            case CheckKind.EnhancedDbs:
                if (d.IssuedOn is null) throw new DomainRuleException("Enter the certificate's issue date", nameof(d.IssuedOn));
                if (d.DisclosedInformation is null) throw new DomainRuleException("Say whether the certificate disclosed anything", nameof(d.DisclosedInformation));
                if (d.BarredListsChecked != true && d.Outcome == CheckOutcome.Satisfactory)
                    throw new DomainRuleException("A driver's enhanced DBS must include both barred lists (adults and children): it cannot be satisfactory without them", nameof(d.BarredListsChecked));
                break;
            case CheckKind.BasicDbs or CheckKind.Group2Medical or CheckKind.OverseasCriminalRecord or CheckKind.VehicleComplianceTest or CheckKind.HmrcTaxCheck:
                if (d.IssuedOn is null) throw new DomainRuleException("Enter the date on the document", nameof(d.IssuedOn));
                break;
            case CheckKind.DvlaLicence:
                if (d.LicenceHeldSince is not { } since) throw new DomainRuleException("Enter the date the full driving licence was first held", nameof(d.LicenceHeldSince));
                if (d.Points is not (>= 0 and <= 50)) throw new DomainRuleException("Enter the penalty points on the licence (0 if none)", nameof(d.Points));
                if (since.AddMonths(12) > d.CheckedOn && d.Outcome == CheckOutcome.Satisfactory)
                    throw new DomainRuleException("The applicant has held a full driving licence for less than 12 months (LGMPA 1976 s.51/s.59): the check cannot be satisfactory", nameof(d.LicenceHeldSince));
                break;
        }
        if (d.Kind == CheckKind.HmrcTaxCheck)
        {
            reference = new string(reference.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
            if (reference.Length != 9) throw new DomainRuleException("An HMRC tax check code has 9 letters and digits", nameof(d.EvidenceReference));
        }
        if (d.Outcome == CheckOutcome.Unsatisfactory && string.IsNullOrWhiteSpace(d.Notes))
            throw new DomainRuleException("Say why the check is unsatisfactory", nameof(d.Notes));

        return new StatutoryCheck
        {
            ApplicationId = application.Id, PersonId = application.PersonId, Kind = d.Kind, EvidenceReference = reference,
            CheckedOn = d.CheckedOn, IssuedOn = d.IssuedOn, ValidUntil = d.ValidUntil, Outcome = d.Outcome,
            BarredListsChecked = d.BarredListsChecked, DisclosedInformation = d.DisclosedInformation,
            LicenceHeldSince = d.LicenceHeldSince, Points = d.Points, Endorsements = Clean(d.Endorsements), Notes = Clean(d.Notes),
            RecordedByUserId = by.Id, RecordedByName = by.Name, RecordedAt = nowUtc,
        };
    }

    /// <summary>
    /// The last day the check counts, or null when it holds until replaced: the earlier of the date on the
    /// document and the configured validity, so a typed date can cut a check short but never stretch an old one.
    /// </summary>
    public DateOnly? ExpiresOn(ApplicationOptions options)
    {
        DateOnly? configured = options.MonthsValid(Kind) is { } months ? (IssuedOn ?? CheckedOn).AddMonths(months).AddDays(-1) : null;
        return ValidUntil is { } until && (configured is null || until < configured) ? until : configured;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
