using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Licensing.Domain.Register;
using Polly.Timeout;

namespace Licensing.Jobs.Partners;

public enum PartnerAnswer { Answered, Failed, TimedOut }

/// <summary>A partner's hit, exactly as their API returned it.</summary>
public sealed record PartnerHit(
    string RegisterReference, string AuthorityCode, string AuthorityName, string Decision, DateOnly DecisionDate,
    string LicenceType, string Band, double Score, IReadOnlyList<string> Reasons);

/// <summary>What one partner said: answered (with its hits, perhaps none), failed, or timed out.</summary>
public sealed record PartnerOutcome(string AuthorityCode, string AuthorityName, PartnerAnswer Answer, IReadOnlyList<PartnerHit> Matches, string? Problem)
{
    /// <summary>How the page describes it: a partner that did not answer is never "no match".</summary>
    public string Describe() => Answer switch
    {
        PartnerAnswer.Answered when Matches.Count == 0 => $"{AuthorityName}: no match",
        PartnerAnswer.Answered => $"{AuthorityName}: {Matches.Count} match{(Matches.Count == 1 ? "" : "es")}",
        PartnerAnswer.TimedOut => $"{AuthorityName}: not answered (timed out) — search again or contact them",
        _ => $"{AuthorityName}: not answered (failed{(Problem is null ? "" : ": " + Problem)}) — search again or contact them",
    };
}

/// <summary>
/// Calls a partner authority's register search (their partner API v1) with the key they issued us.
/// Timeouts and retries come from the resilience pipeline on this client (PartnerServices).
/// </summary>
public sealed class PartnerRegisterClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PartnerOutcome> SearchAsync(string baseUrl, string apiKey, string code, string name, RegisterQuery query, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl.TrimEnd('/') + "/api/v1/register/searches")
            {
                Content = JsonContent.Create(new
                {
                    surname = query.Surname,
                    forenames = query.Forenames,
                    previousSurnames = query.PreviousSurnames,
                    dateOfBirth = query.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    drivingLicenceNumber = query.DrivingLicenceNumber,
                    purpose = RegisterWire.Name(query.Purpose),
                    reference = query.Reference,
                }, options: Json),
            };
            request.Headers.Add("X-Api-Key", apiKey);
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
                return new PartnerOutcome(code, name, PartnerAnswer.Failed, [], $"they answered {(int)response.StatusCode}");
            var body = await response.Content.ReadFromJsonAsync<SearchAnswer>(Json, ct);
            return body?.Matches is null
                ? new PartnerOutcome(code, name, PartnerAnswer.Failed, [], "their answer was not a register search result")
                : new PartnerOutcome(code, name, PartnerAnswer.Answered, body.Matches, null);
        }
        catch (Exception e) when (e is TimeoutRejectedException || (e is TaskCanceledException or OperationCanceledException && !ct.IsCancellationRequested))
        {
            return new PartnerOutcome(code, name, PartnerAnswer.TimedOut, [], null);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException or InvalidOperationException)
        {
            return new PartnerOutcome(code, name, PartnerAnswer.Failed, [], e is HttpRequestException ? "could not connect" : "their answer could not be read");
        }
    }

    private sealed record SearchAnswer([property: JsonPropertyName("matches")] List<PartnerHit>? Matches);
}
