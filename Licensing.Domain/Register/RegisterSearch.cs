using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Data;

namespace Licensing.Domain.Register;

public enum SearchPurpose { NewApplication, Renewal, Review, Enforcement }

/// <summary>Where a search came from: the partner API, the web search page, or this authority's own checks.</summary>
public enum SearchChannel { PartnerApi, WebPage, ApplicationCheck }

/// <summary>What a search asks: the person, why, and the searcher's own reference (e.g. their application number).</summary>
public sealed record RegisterQuery(
    string Surname, string Forenames, IReadOnlyList<string> PreviousSurnames, DateOnly DateOfBirth,
    string? DrivingLicenceNumber, SearchPurpose Purpose, string? Reference = null)
{
    public RegisterIdentity Identity => new(Surname, Forenames, PreviousSurnames, DateOfBirth, DrivingLicenceNumber);
}

/// <summary>
/// Every search of the register, kept: who searched, when, for what purpose, what they asked and what
/// they were told (the 2022 Act's data may be used only for the licensing decision it was asked for).
/// </summary>
public sealed class RegisterSearch
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public DateTime SearchedAt { get; private set; }
    public SearchChannel Channel { get; private set; }
    public string SearcherId { get; private set; } = "";
    public string SearcherName { get; private set; } = "";
    /// <summary>The partner authority that searched, for API searches and partner users.</summary>
    public string? PartnerAuthorityCode { get; private set; }
    public SearchPurpose Purpose { get; private set; }
    public string? SearcherReference { get; private set; }
    public string Asked { get; private set; } = "";
    public string Returned { get; private set; } = "";
    public int MatchCount { get; private set; }

    private RegisterSearch() { }

    /// <summary>Searches the register and records the search, in one save.</summary>
    public static async Task<(RegisterSearch Search, IReadOnlyList<RegisterMatch> Matches)> RunAsync(
        LicensingDbContext db, RegisterIndex register, RegisterQuery query, SearchChannel channel, string? partnerAuthorityCode, CancellationToken ct = default)
    {
        var (search, matches) = await FindAsync(db, register, query, channel, partnerAuthorityCode, ct);
        db.RegisterSearches.Add(search);
        await db.SaveChangesAsync(ct);
        return (search, matches);
    }

    /// <summary>Searches the register and returns the record of the search, for the caller to save (the API groups them into one commit).</summary>
    public static async Task<(RegisterSearch Search, IReadOnlyList<RegisterMatch> Matches)> FindAsync(
        LicensingDbContext db, RegisterIndex register, RegisterQuery query, SearchChannel channel, string? partnerAuthorityCode, CancellationToken ct = default)
    {
        var matches = await register.FindAsync(db, query.Identity, ct);
        return (Of(query, matches, channel, partnerAuthorityCode, db.Actor, db.UtcNow), matches);
    }

    /// <summary>The record of a search made and answered: who asked, when, why, what they asked and what they were told.</summary>
    public static RegisterSearch Of(RegisterQuery query, IReadOnlyList<RegisterMatch> matches, SearchChannel channel, string? partnerAuthorityCode, Actor actor, DateTime nowUtc)
    {
        // Checked here, where every record of a search is made: nothing is saved for a search without names.
        if (string.IsNullOrWhiteSpace(query.Surname)) throw new DomainRuleException("Enter the surname", "surname");
        if (string.IsNullOrWhiteSpace(query.Forenames)) throw new DomainRuleException("Enter the forenames", "forenames");
        return new RegisterSearch
        {
            SearchedAt = nowUtc,
            Channel = channel,
            SearcherId = actor.Id,
            SearcherName = actor.Name,
            PartnerAuthorityCode = partnerAuthorityCode,
            Purpose = query.Purpose,
            SearcherReference = string.IsNullOrWhiteSpace(query.Reference) ? null : query.Reference.Trim(),
            Asked = JsonText.Write(query, static (json, q) =>
            {
                json.WriteStartObject();
                json.WriteString(nameof(q.Surname), q.Surname);
                json.WriteString(nameof(q.Forenames), q.Forenames);
                json.WriteStartArray(nameof(q.PreviousSurnames));
                foreach (var previous in q.PreviousSurnames) json.WriteStringValue(previous);
                json.WriteEndArray();
                json.WriteString(nameof(q.DateOfBirth), q.DateOfBirth.ToString("yyyy-MM-dd"));
                json.WriteString(nameof(q.DrivingLicenceNumber), q.DrivingLicenceNumber);
                json.WriteEndObject();
            }),
            Returned = JsonText.Write(matches, static (json, found) =>
            {
                json.WriteStartArray();
                foreach (var m in found)
                {
                    json.WriteStartObject();
                    json.WriteString(nameof(m.RegisterReference), m.RegisterReference);
                    json.WriteString(nameof(m.Band), RegisterWire.Name(m.Band));
                    json.WriteNumber(nameof(m.Score), m.Score);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }),
            MatchCount = matches.Count,
        };
    }
}
