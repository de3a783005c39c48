using Microsoft.Extensions.DependencyInjection;
using Licensing.Web.Features.Partners;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Licensing.Domain.Concerns;
using Licensing.Domain.Partners;
using Licensing.Domain.Register;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Partners;

public sealed class PartnerApiFixture : IDisposable
{
    public AppHost Host { get; } = PartnerHost.StartWithoutDemo();
    public HttpClient Client { get; }

    public PartnerApiFixture()
    {
        Host.SeedRegisterAsync().GetAwaiter().GetResult();
        Client = new HttpClient { BaseAddress = new Uri(Host.BaseUrl) };
    }

    public void Dispose()
    {
        Client.Dispose();
        Host.Dispose();
    }
}

/// <summary>The partner API's every status code, on the real app over HTTP.</summary>
public class PartnerApiTests(PartnerApiFixture fixture) : IClassFixture<PartnerApiFixture>
{
    private const string Searches = "/api/v1/register/searches";
    private readonly AppHost host = fixture.Host;
    private readonly HttpClient client = fixture.Client;

    private static object Search(string surname = "Hussein", string forenames = "Imran", string dob = "1985-03-14", string purpose = "new-application") =>
        new { surname, forenames, dateOfBirth = dob, purpose, reference = "APP-1" };

    private async Task<HttpResponseMessage> PostAsync(string path, string? key, object body) => await SendAsync(path, key, JsonContent.Create(body));

    private async Task<HttpResponseMessage> SendAsync(string path, string? key, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private Task<int> SearchesRecordedAsync() => host.InAppAsync(db => db.RegisterSearches.CountAsync());

    [Fact]
    public async Task A_search_returns_the_hit_in_the_contract_shape_and_is_recorded_with_its_purpose()
    {
        var key = await host.IssueKeyAsync("E07000201", "Westbridge District Council", 100, ApiScopes.RegisterSearch);
        var response = await PostAsync(Searches, key, Search());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var searchId = body.GetProperty("searchId").GetGuid();
        Assert.True(body.TryGetProperty("searchedAt", out _));
        var hit = body.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("registerReference").GetString() == "E07000999-2021-0001");
        Assert.Equal("revocation", hit.GetProperty("decision").GetString());
        Assert.Equal("2021-05-10", hit.GetProperty("decisionDate").GetString());
        Assert.Equal("private-hire-driver", hit.GetProperty("licenceType").GetString());
        Assert.Equal("strong", hit.GetProperty("band").GetString());
        Assert.InRange(hit.GetProperty("score").GetDouble(), 0, 1);
        Assert.Contains("date of birth", hit.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        // Only that a record exists and whom to ask: no grounds, no identity.
        Assert.Equal(["registerReference", "authorityCode", "authorityName", "decision", "decisionDate", "licenceType", "band", "score", "reasons"],
            hit.EnumerateObject().Select(p => p.Name));

        var (search, audited) = await host.InAppAsync(async db => (
            await db.RegisterSearches.SingleAsync(s => s.Id == searchId),
            await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(RegisterSearch) && a.EntityId == searchId.ToString() && a.ActorId == "partner:E07000201")));
        Assert.Equal((SearchPurpose.NewApplication, "E07000201", "APP-1", SearchChannel.PartnerApi), (search.Purpose, search.PartnerAuthorityCode, search.SearcherReference, search.Channel));
        Assert.Contains("Hussein", search.Asked);
        Assert.Contains("E07000999-2021-0001", search.Returned);
        Assert.True(audited);
    }

    [Fact]
    public async Task Searches_arriving_together_are_each_recorded_and_audited_as_their_own_partner()
    {
        var first = await host.IssueKeyAsync("E07000211", "First Council", 100, ApiScopes.RegisterSearch);
        var second = await host.IssueKeyAsync("E07000212", "Second Council", 100, ApiScopes.RegisterSearch);
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => PostAsync(Searches, i % 2 == 0 ? first : second, Search(purpose: "renewal"))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("searchId").GetString()));
        var audited = await host.InAppAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(RegisterSearch) && ids.Contains(a.EntityId))
            .GroupBy(a => a.ActorId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Assert.Equal([("partner:E07000211", 6), ("partner:E07000212", 6)], audited.OrderBy(a => a.Key).Select(a => (a.Key, a.Count)));
    }

    [Fact]
    public async Task The_health_check_reports_when_the_register_index_has_loaded_and_searches_leave_decisions_fully_durable()
    {
        var key = await host.IssueKeyAsync("E07000221", "Durable Council", 100, ApiScopes.RegisterSearch);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Searches, key, Search())).StatusCode);
        var health = await client.GetStringAsync("/health");
        for (var tries = 0; tries < 300 && !health.Contains("entries in memory"); tries++)
        {
            await Task.Delay(100);
            health = await client.GetStringAsync("/health");
        }
        Assert.Contains("entries in memory", health);

        // The search log writes with synchronous=NORMAL on a connection of its own; every other connection stays FULL (2).
        var synchronous = await host.InAppAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA synchronous";
            return Convert.ToInt32(await command.ExecuteScalarAsync());
        });
        Assert.Equal(2, synchronous);
    }

    [Fact]
    public async Task A_missing_unknown_or_revoked_key_is_401()
    {
        await ProblemAsync(await PostAsync(Searches, null, Search()), HttpStatusCode.Unauthorized);
        await ProblemAsync(await PostAsync(Searches, "lk_not-a-key-we-issued", Search()), HttpStatusCode.Unauthorized);

        var key = await host.IssueKeyAsync("E07000202", "Kingsmere Council", 100, ApiScopes.RegisterSearch);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Searches, key, Search())).StatusCode);
        await host.InAppAsync(async db =>
        {
            var hash = ApiKey.Hash(key);
            (await db.ApiKeys.SingleAsync(k => k.KeyHash == hash)).Revoke("test", db.UtcNow);
            return await db.SaveChangesAsync();
        });
        // As the administrators' page does after any key change (KnownApiKeysTests covers a change made elsewhere).
        host.Services.GetRequiredService<KnownApiKeys>().ForgetAll();
        var revoked = await ProblemAsync(await PostAsync(Searches, key, Search()), HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", revoked.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_key_without_the_scope_is_403()
    {
        var key = await host.IssueKeyAsync("E07000203", "Aberwen", 100, ApiScopes.ConcernsRefer);
        await ProblemAsync(await PostAsync(Searches, key, Search()), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_key_over_its_rate_is_429()
    {
        var key = await host.IssueKeyAsync("E07000204", "Castlefield", 2, ApiScopes.RegisterSearch);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Searches, key, Search())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Searches, key, Search())).StatusCode);
        var refused = await PostAsync(Searches, key, Search());
        await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.Contains("Retry-After"));
        // Another key is not held back by this one.
        var other = await host.IssueKeyAsync("E07000204", "Castlefield", 2, ApiScopes.RegisterSearch);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Searches, other, Search())).StatusCode);
    }

    [Fact]
    public async Task Invalid_fields_are_400_naming_each_field_and_nothing_is_recorded()
    {
        var key = await host.IssueKeyAsync("E07000205", "Northam", 100, ApiScopes.RegisterSearch);
        var before = await SearchesRecordedAsync();
        var problem = await ProblemAsync(await PostAsync(Searches, key, new { surname = "", forenames = "Imran", dateOfBirth = "1985-02-30", purpose = "curiosity", drivingLicenceNumber = "ABC" }),
            HttpStatusCode.BadRequest);
        Assert.Equal(["surname", "dateOfBirth", "drivingLicenceNumber", "purpose"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(before, await SearchesRecordedAsync());
    }

    [Fact]
    public async Task Malformed_or_huge_bodies_are_400_or_413_never_500()
    {
        var key = await host.IssueKeyAsync("E07000206", "Northam", 100, ApiScopes.RegisterSearch, ApiScopes.ConcernsRefer);
        var before = await SearchesRecordedAsync();
        await ProblemAsync(await SendAsync(Searches, key, new StringContent("{\"surname\": ", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await ProblemAsync(await SendAsync(Searches, key, new StringContent("[1,2,3]", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await ProblemAsync(await SendAsync(Searches, key, new StringContent("null", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        var huge = "{\"surname\":\"" + new string('a', 2_000_000) + "\"}";
        await ProblemAsync(await SendAsync(Searches, key, new StringContent(huge, Encoding.UTF8, "application/json")), HttpStatusCode.RequestEntityTooLarge);
        await ProblemAsync(await SendAsync("/api/v1/concerns", key, new StringContent(huge, Encoding.UTF8, "application/json")), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await SearchesRecordedAsync());
    }

    [Fact]
    public async Task A_concern_referral_is_stored_with_the_referring_authority()
    {
        var key = await host.IssueKeyAsync("E07000207", "Kingsmere Council", 100, ApiScopes.ConcernsRefer);
        await ProblemAsync(await PostAsync("/api/v1/concerns", key, new { surname = "Morgan" }), HttpStatusCode.BadRequest);
        var response = await PostAsync("/api/v1/concerns", key, new
        {
            surname = "Morgan", forenames = "Sarah Jane", dateOfBirth = "1964-07-05", narrative = "Passenger reported inappropriate comments on 3 March.",
            incidentDate = "2026-03-03", reference = "KC-44", contactEmail = "licensing@kingsmere.example", category = "sexual-misconduct",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referralId").GetGuid();
        var (referral, concern) = await host.InAppAsync(async db =>
        {
            var referral = await db.PartnerReferrals.SingleAsync(r => r.Id == id);
            return (referral, await db.Concerns.SingleAsync(c => c.Id == referral.ConcernId));
        });
        Assert.Equal(("E07000207", "KC-44"), (referral.ReferringAuthorityCode, referral.ReferrerReference));
        Assert.NotNull(referral.PersonId); // the demo's Sarah Morgan, identified by name and date of birth
        // It is a concern in the workflow, awaiting triage, from the other authority.
        Assert.Equal((ConcernSource.OtherAuthority, ConcernCategory.SexualMisconduct, TriageStatus.AwaitingTriage, referral.PersonId),
            (concern.Source, concern.Category, concern.Triage, concern.PersonId));
        Assert.Contains("KC-44", concern.SourceDetail);
        // Nobody here has graded it: conditions apply, so it stays out of hearing packs served on the licensee until an officer does.
        Assert.Equal(Grading.AwaitingOfficer, concern.Grading);
        Assert.True(RestrictedIntelligence.IsRestricted(concern.Grading));
    }

    [Fact]
    public async Task A_referral_whose_vehicle_registration_is_not_one_is_400_naming_the_field_and_writes_nothing()
    {
        var key = await host.IssueKeyAsync("E07000230", "Kingsmere Council", 100, ApiScopes.ConcernsRefer);
        var before = await ReferralsRecordedAsync();
        // Each under 20 characters, none a registration: before, the concern's own rule threw after the checks and it was a 500.
        foreach (var registration in new[] { "ABCDEFGHIJ", "123456789", "A", "AB12 CDE FG", "!!!" })
        {
            var problem = await ProblemAsync(await PostAsync("/api/v1/concerns", key, new
            {
                surname = "Morgan", forenames = "Sarah Jane", dateOfBirth = "1964-07-05", narrative = "Seen at the rank.", vehicleRegistration = registration,
            }), HttpStatusCode.BadRequest);
            Assert.Equal(["vehicleRegistration"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        }
        Assert.Equal(before, await ReferralsRecordedAsync());

        var accepted = await PostAsync("/api/v1/concerns", key, new
        {
            surname = "Morgan", forenames = "Sarah Jane", dateOfBirth = "1964-07-05", narrative = "Seen at the rank.", vehicleRegistration = "ab12 cde",
        });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task A_referral_with_names_and_a_reference_at_their_longest_is_accepted_whole_and_its_concern_summarised_within_its_columns()
    {
        var key = await host.IssueKeyAsync("E07000231", "The Royal Borough of Kingsmere and Eastern Marches Licensing Partnership, Hackney Carriage and Private Hire Licensing Section", 100, ApiScopes.ConcernsRefer);
        var forenames = "Anne-" + new string('e', 95);
        var surname = "Fforbes-" + new string('a', 92);
        var reference = "REF-" + new string('9', 96);
        var accepted = await PostAsync("/api/v1/concerns", key, new
        {
            surname, forenames, dateOfBirth = "1964-07-05", drivingLicenceNumber = "MORGA657054SM9IJ", narrative = "Seen at the rank.", reference,
        });

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var (detail, description, referral) = await host.InAppAsync(async db =>
        {
            var concern = await db.Concerns.Include(c => c.Identifiers).OrderByDescending(c => c.Reference).FirstAsync();
            return (concern.SourceDetail!, concern.Identifiers.Single(i => i.Kind == Licensing.Domain.Concerns.IdentifierKind.Description).Value,
                await db.PartnerReferrals.SingleAsync(r => r.ConcernId == concern.Id));
        });
        Assert.True(detail.Length <= 300 && detail.EndsWith('…'), detail);
        Assert.True(description.Length <= 300 && description.EndsWith('…'), description);
        Assert.Equal(reference, referral.ReferrerReference); // the referral keeps it whole
    }

    /// <summary>Concerns, referrals and reference numbers taken: a refused request moves none of them.</summary>
    private Task<(int, int, int)> ReferralsRecordedAsync() => host.InAppAsync(async db =>
        (await db.Concerns.CountAsync(), await db.PartnerReferrals.CountAsync(), await db.ReferenceSeries.SumAsync(s => s.Last)));

    [Fact]
    public async Task A_domain_rule_the_endpoint_did_not_check_is_a_400_naming_its_field_not_the_error_page()
    {
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        http.Request.Path = "/api/v1/concerns";
        var result = await PartnerProblems.RuleBrokenIsBadRequestAsync(new Microsoft.AspNetCore.Http.DefaultEndpointFilterInvocationContext(http),
            _ => throw new Domain.Common.DomainRuleException("KX is not a registration", "Identifiers"));
        var problem = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.ValidationProblem>(result).ProblemDetails;
        Assert.Equal(400, problem.Status);
        Assert.Equal(["KX is not a registration"], problem.Errors["identifiers"]);
        Assert.Equal("/api/v1/concerns", problem.Instance);
    }

    [Fact]
    public async Task The_referring_authority_fetches_its_referral_and_the_outcome_once_known_and_no_one_else_can()
    {
        var key = await host.IssueKeyAsync("E07000213", "Ashworth Council", 100, ApiScopes.ConcernsRefer);
        var other = await host.IssueKeyAsync("E07000214", "Brackley Council", 100, ApiScopes.ConcernsRefer);
        var unscoped = await host.IssueKeyAsync("E07000213", "Ashworth Council", 100, ApiScopes.RegisterSearch);
        var posted = await PostAsync("/api/v1/concerns", key, new
        {
            surname = "Morgan", forenames = "Sarah Jane", dateOfBirth = "1964-07-05", narrative = "Seen driving with a phone in hand.",
            reference = "AW-9", contactEmail = "licensing@ashworth.example", category = "driving",
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var created = await posted.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("referralId").GetGuid();
        var statusUrl = created.GetProperty("statusUrl").GetString();
        Assert.Equal($"/api/v1/concerns/{id}", statusUrl);
        Assert.Equal(statusUrl, posted.Headers.Location?.OriginalString);

        async Task<HttpResponseMessage> GetAsync(string? k, string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (k is not null) request.Headers.Add("X-Api-Key", k);
            return await client.SendAsync(request);
        }
        var received = await (await GetAsync(key, statusUrl!)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("received", "AW-9", JsonValueKind.Null), (received.GetProperty("status").GetString(), received.GetProperty("yourReference").GetString(), received.GetProperty("outcome").ValueKind));

        await host.InAppAsync(async db =>
        {
            var concernId = await db.PartnerReferrals.Where(r => r.Id == id).Select(r => r.ConcernId).SingleAsync();
            var concern = await db.Concerns.SingleAsync(c => c.Id == concernId);
            concern.TriageAs(TriageOutcome.NoFurtherAction, "Not corroborated", "Olivia Officer", db.UtcNow);
            await ReferralOutcomes.ConcernTriagedAsync(db, concern, Notices.NoticeFixtures.Authority);
            return await db.SaveChangesAsync();
        });
        var answered = await GetAsync(key, statusUrl!);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var body = await answered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("outcome", body.GetProperty("status").GetString());
        var outcome = body.GetProperty("outcome");
        Assert.Equal(("no-further-action", 1, false), (outcome.GetProperty("decision").GetString(), outcome.GetProperty("update").GetInt32(), outcome.GetProperty("onAppeal").GetBoolean()));
        Assert.Contains("no further action", outcome.GetProperty("statement").GetString());
        Assert.DoesNotContain("Not corroborated", body.GetRawText()); // the grounds need a details request

        await ProblemAsync(await GetAsync(other, statusUrl!), HttpStatusCode.NotFound);
        await ProblemAsync(await GetAsync(key, $"/api/v1/concerns/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
        await ProblemAsync(await GetAsync(unscoped, statusUrl!), HttpStatusCode.Forbidden);
        await ProblemAsync(await GetAsync(null, statusUrl!), HttpStatusCode.Unauthorized);
        Assert.Contains("/api/v1/concerns/{id}", await client.GetStringAsync("/openapi/v1.json"));
    }

    [Fact]
    public async Task A_details_request_is_answered_once_an_officer_approves_and_only_to_its_asker()
    {
        var key = await host.IssueKeyAsync("E07000208", "Westbridge", 100, ApiScopes.RegisterDetails);
        var stranger = await host.IssueKeyAsync("E07000209", "Someone else", 100, ApiScopes.RegisterDetails);
        await ProblemAsync(await PostAsync("/api/v1/register/NO-SUCH-REF/details-requests", key, new { reason = "Application 7" }), HttpStatusCode.NotFound);
        var asked = await PostAsync("/api/v1/register/E07000999-2023-0002/details-requests", key, new { reason = "New application WB-7", reference = "WB-7" });
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requestId").GetGuid();

        async Task<JsonElement> FetchAsync(string k) => await (await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/details-requests/{id}") { Headers = { { "X-Api-Key", k } } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", (await FetchAsync(key)).GetProperty("status").GetString());
        Assert.Equal(404, (await FetchAsync(stranger)).GetProperty("status").GetInt32());

        await host.InAppAsync(async db =>
        {
            var request = await db.DetailsRequests.SingleAsync(r => r.Id == id);
            request.Approve(await db.RegisterEntries.SingleAsync(e => e.Id == request.RegisterEntryId), "Olivia Officer", "Dishonesty: false insurance documents", "licensing@eastbrook.example", db.UtcNow);
            return await db.SaveChangesAsync();
        });
        var answer = await FetchAsync(key);
        Assert.Equal("approved", answer.GetProperty("status").GetString());
        Assert.Equal("dishonesty", answer.GetProperty("disclosure").GetProperty("grounds").GetString());
        Assert.Equal("refusal", answer.GetProperty("disclosure").GetProperty("decision").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_and_the_readable_docs_are_served()
    {
        var document = await client.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/v1/register/searches", "/api/v1/concerns", "/api/v1/register/{reference}/details-requests", "/api/v1/details-requests/{id}" })
            Assert.Contains(path, document);
        var docs = await client.GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }
}
