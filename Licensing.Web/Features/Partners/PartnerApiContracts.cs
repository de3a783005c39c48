namespace Licensing.Web.Features.Partners;

/// <summary>POST /api/v1/register/searches request (DESIGN.md).</summary>
public sealed record RegisterSearchRequest(
    string? Surname, string? Forenames, List<string>? PreviousSurnames, string? DateOfBirth,
    string? DrivingLicenceNumber, string? Purpose, string? Reference);

public sealed record RegisterSearchResponse(Guid SearchId, DateTime SearchedAt, IReadOnlyList<RegisterSearchHit> Matches);

/// <summary>A hit: that a record exists and whom to ask. Grounds need a details request.</summary>
public sealed record RegisterSearchHit(
    string RegisterReference, string AuthorityCode, string AuthorityName, string Decision, DateOnly DecisionDate,
    string LicenceType, string Band, double Score, IReadOnlyList<string> Reasons);

/// <summary>POST /api/v1/concerns: a referral under the 2022 Act about a driver this authority licensed.</summary>
public sealed record ConcernReferralRequest(
    string? Surname, string? Forenames, string? DateOfBirth, string? DrivingLicenceNumber, string? BadgeNumber,
    string? VehicleRegistration, string? Narrative, string? IncidentDate, string? Reference, string? ContactEmail, string? Category = null);

public sealed record ConcernReferralResponse(Guid ReferralId, string ConcernReference, DateTime ReceivedAt, string Status);

/// <summary>POST /api/v1/register/{reference}/details-requests.</summary>
public sealed record DetailsRequestRequest(string? Reason, string? Reference);

public sealed record DetailsRequestResponse(
    Guid RequestId, string RegisterReference, string Status, DateTime RequestedAt, DateTime? DecidedAt,
    DetailsDisclosure? Disclosure, string? DeclineReason);

public sealed record DetailsDisclosure(
    string Decision, DateOnly DecisionDate, DateOnly? EffectiveDate, string LicenceType, string Grounds,
    string Summary, string? Contact, string? AppealOutcome);
