using Licensing.Domain.Audit;
using System.Globalization;
using System.Security.Claims;
using Licensing.Domain.Common;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Licensing.Domain.Partners;
using Licensing.Domain.Register;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Partners;

/// <summary>
/// The partner API v1 (DESIGN.md): register searches, concern referrals and details requests. Every
/// request carries an API key with the right scope; every error is a problem details document; a
/// request that fails validation writes nothing.
/// </summary>
public static class PartnerApi
{
    public const string RateLimitPolicy = "partner-api-key";

    public static void MapPartnerApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Partner API v1").RequireRateLimiting(RateLimitPolicy).DisableAntiforgery()
            .AddEndpointFilter(PartnerProblems.RuleBrokenIsBadRequestAsync);

        api.MapPost("/register/searches", SearchAsync)
            .RequireAuthorization(ApiKeyAuthentication.PolicyFor(ApiScopes.RegisterSearch))
            .Accepts<RegisterSearchRequest>("application/json")
            .WithSummary("Search the register of refusals, suspensions and revocations")
            .WithDescription("A hit says only that a record exists and which authority holds it; ask for the grounds with a details request. Every search is recorded with its purpose.");

        api.MapPost("/concerns", ReferConcernAsync)
            .RequireAuthorization(ApiKeyAuthentication.PolicyFor(ApiScopes.ConcernsRefer))
            .Accepts<ConcernReferralRequest>("application/json")
            .WithSummary("Refer a concern about a driver this authority licensed (2022 Act, s.4)")
            .WithDescription("The concern joins our reviews workflow. We tell you the outcome by email (to contactEmail, when given) and it can be fetched from statusUrl.");

        api.MapGet("/concerns/{id:guid}", GetReferralAsync)
            .RequireAuthorization(ApiKeyAuthentication.PolicyFor(ApiScopes.ConcernsRefer))
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("The progress and outcome of a concern your authority referred")
            .WithDescription("status: received (awaiting triage), under-review or outcome. The outcome says what we decided and when it takes effect; the grounds need a details request. Another authority's referral is 404.");

        api.MapPost("/register/{reference}/details-requests", AskForDetailsAsync)
            .RequireAuthorization(ApiKeyAuthentication.PolicyFor(ApiScopes.RegisterDetails))
            .Accepts<DetailsRequestRequest>("application/json")
            .WithSummary("Ask for the grounds behind a register hit; an officer here approves or declines");

        api.MapGet("/details-requests/{id:guid}", GetDetailsRequestAsync)
            .RequireAuthorization(ApiKeyAuthentication.PolicyFor(ApiScopes.RegisterDetails))
            .WithSummary("The answer to a details request, once an officer has decided");
    }

    private static string PartnerCode(ClaimsPrincipal user) => user.FindFirstValue(ApiKeyAuthentication.PartnerCodeClaim)!;
    private static string PartnerName(ClaimsPrincipal user) => user.FindFirstValue(ApiKeyAuthentication.PartnerNameClaim)!;

    public static async Task<Results<Ok<RegisterSearchResponse>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        HttpContext context, RegisterIndex register, Register.SearchRecorder recorder,
        IActorSource actors, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await PartnerJson.ReadAsync<RegisterSearchRequest>(context);
        if (problem is not null) return problem;
        var errors = new Fields();
        var query = Validate(body!, errors);
        if (query is null) return TypedResults.ValidationProblem(errors.All, title: "The search has invalid fields", instance: context.Request.Path);

        // From memory once the index has loaded; a database context (and its per-request factory) only when the database must answer.
        var matches = await register.TryFindAsync(query.Identity, ct);
        if (matches is null)
        {
            await using var db = await context.RequestServices.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync(ct);
            matches = await RegisterLookup.FindAsync(db, query.Identity, ct);
        }
        var actor = actors.Current;
        var search = RegisterSearch.Of(query, matches, SearchChannel.PartnerApi, PartnerCode(context.User), actor, clock.GetUtcNow().UtcDateTime);
        await recorder.RecordAsync(search, actor);
        return TypedResults.Ok(new RegisterSearchResponse(search.Id, search.SearchedAt, matches.Select(Hit).ToList()));
    }

    public static RegisterSearchHit Hit(RegisterMatch m) => new(m.RegisterReference, m.AuthorityCode, m.AuthorityName, RegisterWire.Name(m.Decision),
        m.DecisionDate, RegisterWire.Name(m.LicenceType), RegisterWire.Name(m.Band), m.Score, m.Reasons);

    /// <summary>Checks every field of a search request, naming each bad one; null when any is bad.</summary>
    public static RegisterQuery? Validate(RegisterSearchRequest r, Fields errors)
    {
        var surname = errors.Name("surname", r.Surname, required: true);
        var forenames = errors.Name("forenames", r.Forenames, required: true);
        var previous = r.PreviousSurnames ?? [];
        if (previous.Count > 10) errors.Add("previousSurnames", "Give at most 10 previous surnames");
        for (var i = 0; i < previous.Count && i < 10; i++) errors.Name($"previousSurnames[{i}]", previous[i], required: true);
        var dob = errors.Date("dateOfBirth", r.DateOfBirth, required: true);
        if (dob is { } d && d > DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-16)) errors.Add("dateOfBirth", "The date of birth must be at least 16 years ago");
        var licence = SearchText.Compact(r.DrivingLicenceNumber);
        if (licence.Length > 0 && (licence.Length is < 8 or > 18))
            errors.Add("drivingLicenceNumber", "A driving licence number has 16 characters (8 digits in Northern Ireland)");
        SearchPurpose? purpose = null;
        if (string.IsNullOrWhiteSpace(r.Purpose)) errors.Add("purpose", $"Give the purpose: one of {string.Join(", ", RegisterWire.Purposes.Keys)}");
        else if (RegisterWire.Purposes.TryGetValue(r.Purpose.Trim(), out var p)) purpose = p;
        else errors.Add("purpose", $"The purpose must be one of {string.Join(", ", RegisterWire.Purposes.Keys)}");
        if (r.Reference is { Length: > 100 }) errors.Add("reference", "The reference must be 100 characters or fewer");
        if (errors.Any) return null;
        return new RegisterQuery(surname!, forenames!, previous.Select(s => s.Trim()).ToList(), dob!.Value,
            licence.Length == 0 ? null : licence, purpose!.Value, r.Reference);
    }

    public static async Task<Results<Created<ConcernReferralResponse>, ValidationProblem, ProblemHttpResult>> ReferConcernAsync(
        HttpContext context, IDbContextFactory<LicensingDbContext> dbFactory, CancellationToken ct)
    {
        var (body, problem) = await PartnerJson.ReadAsync<ConcernReferralRequest>(context);
        if (problem is not null) return problem;
        var r = body!;
        var errors = new Fields();
        var surname = errors.Name("surname", r.Surname, required: true);
        var forenames = errors.Name("forenames", r.Forenames, required: true);
        var dob = errors.Date("dateOfBirth", r.DateOfBirth, required: false);
        var incident = errors.Date("incidentDate", r.IncidentDate, required: false);
        if (string.IsNullOrWhiteSpace(r.Narrative)) errors.Add("narrative", "Describe the concern");
        else if (r.Narrative.Length > 20000) errors.Add("narrative", "The narrative must be 20,000 characters or fewer");
        if (r.DrivingLicenceNumber is { Length: > 20 }) errors.Add("drivingLicenceNumber", "A driving licence number has 16 characters");
        if (r.BadgeNumber is { Length: > 40 }) errors.Add("badgeNumber", "The badge number must be 40 characters or fewer");
        // The concern's own rule (ConcernIdentifier), checked here so a bad registration is this field's 400, not a failed save.
        if (!string.IsNullOrWhiteSpace(r.VehicleRegistration) && (r.VehicleRegistration.Length > 20 || !VehicleRegistration.IsPlausible(r.VehicleRegistration)))
            errors.Add("vehicleRegistration", "The vehicle registration must be 2 to 8 letters and digits, with at least one of each, like AB12 CDE");
        if (r.Reference is { Length: > 100 }) errors.Add("reference", "The reference must be 100 characters or fewer");
        ConcernCategory? category = null;
        if (r.Category is { Length: > 0 } c)
        {
            if (Categories.TryGetValue(c.Trim(), out var known)) category = known;
            else errors.Add("category", $"The category must be one of {string.Join(", ", Categories.Keys)}");
        }
        if (r.ContactEmail is { Length: > 0 } email && (email.Length > 200 || !email.Contains('@'))) errors.Add("contactEmail", "Give an email address for the reply");
        if (r.DrivingLicenceNumber is null && r.BadgeNumber is null && dob is null && !errors.Has("dateOfBirth"))
            errors.Add("dateOfBirth", "Give the driver's date of birth, driving licence number or badge number so we can identify them");
        if (errors.Any) return TypedResults.ValidationProblem(errors.All, title: "The referral has invalid fields", instance: context.Request.Path);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (referral, concern) = await IncomingReferrals.ReceiveAsync(db, new PartnerReferralDetails(surname!, forenames!, dob, r.DrivingLicenceNumber, r.BadgeNumber,
            r.VehicleRegistration, r.Narrative!, incident, r.Reference, r.ContactEmail), category, PartnerCode(context.User), PartnerName(context.User), ct);
        await db.SaveChangesAsync(ct);
        var location = $"/api/v1/concerns/{referral.Id}";
        return TypedResults.Created(location, new ConcernReferralResponse(referral.Id, concern.Reference, referral.ReceivedAt, "received", location));
    }

    public static async Task<Results<Ok<ConcernReferralStatus>, ProblemHttpResult>> GetReferralAsync(
        Guid id, HttpContext context, IDbContextFactory<LicensingDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = PartnerCode(context.User);
        // Another authority's referral is "not found", so ids disclose nothing.
        var referral = await db.PartnerReferrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.ReferringAuthorityCode == code, ct);
        if (referral is null) return PartnerProblems.Result(context, 404, "Not found", "There is no referral with that id from your authority.");
        var concern = await db.Concerns.AsNoTracking().Where(c => c.Id == referral.ConcernId).Select(c => new { c.Reference, c.Triage }).SingleAsync(ct);
        ConcernReferralOutcome? outcome = null;
        if (referral.Outcome is { } decision)
        {
            // The date a suspension or revocation takes effect is known only once the notice is served (or an appeal ends).
            var live = referral.OutcomeDecisionId is { } did
                ? await db.Decisions.AsNoTracking().Where(d => d.Id == did).Select(d => d.TookEffectOn ?? d.TakesEffectOn).SingleOrDefaultAsync(ct)
                : null;
            outcome = new ConcernReferralOutcome(ReferralOutcome.WireName(decision), referral.OutcomeDecidedOn!.Value, referral.OutcomeStatement!, referral.OutcomeEffect!,
                referral.OutcomeTakesEffectOn ?? live, referral.OutcomeSuspendedUntil, referral.OutcomeOnAppeal, referral.OutcomeNumber, referral.OutcomeRecordedAt!.Value, referral.OutcomeRegisterReference);
        }
        var status = outcome is not null ? "outcome" : concern.Triage == TriageStatus.AwaitingTriage ? "received" : "under-review";
        return TypedResults.Ok(new ConcernReferralStatus(referral.Id, concern.Reference, referral.ReferrerReference, referral.ReceivedAt, status, outcome));
    }

    private static readonly Dictionary<string, ConcernCategory> Categories = new()
    {
        ["safeguarding"] = ConcernCategory.Safeguarding,
        ["sexual-misconduct"] = ConcernCategory.SexualMisconduct,
        ["violence"] = ConcernCategory.Violence,
        ["dishonesty"] = ConcernCategory.Dishonesty,
        ["driving"] = ConcernCategory.DrivingStandards,
        ["discrimination"] = ConcernCategory.Discrimination,
        ["other"] = ConcernCategory.Other,
    };

    public static async Task<Results<Accepted<DetailsRequestResponse>, ValidationProblem, ProblemHttpResult>> AskForDetailsAsync(
        string reference, HttpContext context, IDbContextFactory<LicensingDbContext> dbFactory, CancellationToken ct)
    {
        var (body, problem) = await PartnerJson.ReadAsync<DetailsRequestRequest>(context);
        if (problem is not null) return problem;
        var errors = new Fields();
        if (string.IsNullOrWhiteSpace(body!.Reason)) errors.Add("reason", "Say what the details are needed for (the application or review)");
        else if (body.Reason.Length > 2000) errors.Add("reason", "The reason must be 2,000 characters or fewer");
        if (body.Reference is { Length: > 100 }) errors.Add("reference", "The reference must be 100 characters or fewer");
        if (errors.Any) return TypedResults.ValidationProblem(errors.All, title: "The request has invalid fields", instance: context.Request.Path);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entry = await db.RegisterEntries.FirstOrDefaultAsync(e => e.Reference == reference, ct);
        if (entry is null) return PartnerProblems.Result(context, 404, "Not found", $"There is no register entry {reference} here.");
        var request = DetailsRequest.Ask(entry, PartnerCode(context.User), PartnerName(context.User), body.Reason!, body.Reference, db.UtcNow);
        db.DetailsRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted($"/api/v1/details-requests/{request.Id}", Describe(request, null));
    }

    public static async Task<Results<Ok<DetailsRequestResponse>, ProblemHttpResult>> GetDetailsRequestAsync(
        Guid id, HttpContext context, IDbContextFactory<LicensingDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = PartnerCode(context.User);
        // Another authority's request is "not found", so ids disclose nothing.
        var request = await db.DetailsRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.RequestingAuthorityCode == code, ct);
        if (request is null) return PartnerProblems.Result(context, 404, "Not found", "There is no details request with that id from your authority.");
        var entry = request.Status == DetailsRequestStatus.Approved
            ? await db.RegisterEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == request.RegisterEntryId, ct)
            : null;
        return TypedResults.Ok(Describe(request, entry));
    }

    private static DetailsRequestResponse Describe(DetailsRequest r, RegisterEntry? entry) => new(
        r.Id, r.RegisterReference, r.Status.ToString().ToLowerInvariant(), r.RequestedAt, r.DecidedAt,
        r.Status == DetailsRequestStatus.Approved && entry is not null
            ? new DetailsDisclosure(RegisterWire.Name(entry.Decision), entry.DecisionDate, entry.EffectiveDate, RegisterWire.Name(entry.LicenceType),
                r.DisclosedGrounds!, r.DisclosedSummary!, r.ContactDetails, entry.AppealOutcome)
            : null,
        r.DeclineReason);
}

/// <summary>Field errors for a 400 problem, keyed by the JSON field name.</summary>
public sealed class Fields
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;
    public bool Has(string field) => errors.ContainsKey(field);
    public Dictionary<string, string[]> All => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public string? Name(string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, $"Enter the {Words(field)}");
            return null;
        }
        if (value.Length > 100) Add(field, $"The {Words(field)} must be 100 characters or fewer");
        else if (!value.Any(char.IsLetter)) Add(field, $"The {Words(field)} must contain letters");
        return value.Trim();
    }

    public DateOnly? Date(string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, $"Enter the {Words(field)} as YYYY-MM-DD");
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year >= 1900 && d <= DateOnly.FromDateTime(DateTime.UtcNow))
            return d;
        Add(field, $"The {Words(field)} must be a real past date as YYYY-MM-DD");
        return null;
    }

    private static string Words(string field) => string.Concat(field.TakeWhile(c => c != '[').Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
