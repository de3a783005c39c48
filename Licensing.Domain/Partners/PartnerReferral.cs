using Licensing.Domain.Common;

namespace Licensing.Domain.Partners;

/// <summary>
/// A concern referred by another authority under the Taxis and Private Hire Vehicles (Safeguarding and
/// Road Safety) Act 2022 about a driver this authority licensed: who referred it, whom it is about,
/// and what they saw. It arrives as a <see cref="Concerns.Concern"/> awaiting triage (source: other
/// authority); this record keeps who to tell the outcome, as the Act requires.
/// </summary>
public sealed class PartnerReferral : IBelongsToPerson
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

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record PartnerReferralDetails(
    string Surname, string Forenames, DateOnly? DateOfBirth, string? DrivingLicenceNumber, string? BadgeNumber,
    string? VehicleRegistration, string Narrative, DateOnly? IncidentDate, string? Reference, string? ContactEmail);
