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

/// <summary>Fetch the referral's progress and outcome later at <c>StatusUrl</c> (GET /api/v1/concerns/{referralId}).</summary>
public sealed record ConcernReferralResponse(Guid ReferralId, string ConcernReference, DateTime ReceivedAt, string Status, string StatusUrl);

/// <summary>
/// GET /api/v1/concerns/{referralId}: <c>status</c> is received (awaiting triage), under-review or outcome;
/// the outcome is what we decided and when it takes effect, never the grounds.
/// </summary>
public sealed record ConcernReferralStatus(
    Guid ReferralId, string ConcernReference, string? YourReference, DateTime ReceivedAt, string Status, ConcernReferralOutcome? Outcome);

/// <summary>
/// <c>decision</c>: no-further-action, kept-as-intelligence, warning, training, conditions, suspension, revocation or
/// licence-restored-on-appeal. <c>update</c> counts outcomes told (2 once an appeal changed it). The grounds need a
/// details request on <c>registerReference</c> (when the decision is on the register) or by asking, quoting our reference.
/// </summary>
public sealed record ConcernReferralOutcome(
    string Decision, DateOnly DecidedOn, string Statement, string Effect, DateOnly? TakesEffectOn, DateOnly? SuspendedUntil,
    bool OnAppeal, int Update, DateTime RecordedAt, string? RegisterReference);

/// <summary>POST /api/v1/register/{reference}/details-requests.</summary>
public sealed record DetailsRequestRequest(string? Reason, string? Reference);

public sealed record DetailsRequestResponse(
    Guid RequestId, string RegisterReference, string Status, DateTime RequestedAt, DateTime? DecidedAt,
    DetailsDisclosure? Disclosure, string? DeclineReason);

public sealed record DetailsDisclosure(
    string Decision, DateOnly DecisionDate, DateOnly? EffectiveDate, string LicenceType, string Grounds,
    string Summary, string? Contact, string? AppealOutcome);

/// <summary>
/// The register search's request and response, serialised by code generated at build time rather than by
/// reflection: the search is the API's busiest call. Web defaults (camelCase), the same JSON as before.
/// </summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(RegisterSearchRequest))]
[System.Text.Json.Serialization.JsonSerializable(typeof(RegisterSearchResponse))]
public sealed partial class PartnerJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
