using System.Security.Cryptography;
using System.Text;
using Licensing.Domain.Common;

namespace Licensing.Domain.Partners;

/// <summary>What a key may do (DESIGN.md).</summary>
public static class ApiScopes
{
    public const string RegisterSearch = "register:search";
    public const string ConcernsRefer = "concerns:refer";
    public const string RegisterDetails = "register:details";
    public static readonly IReadOnlyList<string> All = [RegisterSearch, ConcernsRefer, RegisterDetails];
}

/// <summary>
/// A key issued to a partner authority. The key itself is shown once; only its SHA-256 is kept (keys
/// are long and random, so a slow hash adds nothing). Revoked keys stay, for the audit trail.
/// </summary>
public sealed class ApiKey
{
    public const int DefaultPermitPerMinute = 120;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PartnerAuthorityId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The first characters, so an administrator can tell keys apart.</summary>
    public string Prefix { get; private set; } = "";
    public string KeyHash { get; private set; } = "";
    public List<string> Scopes { get; private set; } = [];
    public int PermitPerMinute { get; private set; } = DefaultPermitPerMinute;
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }

    public bool IsActive => RevokedAt is null;

    private ApiKey() { }

    /// <summary>Issues a new random key; the plain key is returned once and never stored.</summary>
    public static (ApiKey Key, string Plain) Issue(PartnerAuthority partner, string name, IEnumerable<string> scopes, int permitPerMinute, string issuedBy, DateTime nowUtc)
    {
        var plain = "lk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (WithKnownValue(partner, name, plain, scopes, permitPerMinute, issuedBy, nowUtc), plain);
    }

    /// <summary>For the Development demo only, so the README's example works on a fresh database.</summary>
    public static ApiKey WithKnownValue(PartnerAuthority partner, string name, string plain, IEnumerable<string> scopes, int permitPerMinute, string issuedBy, DateTime nowUtc)
    {
        var chosen = scopes.Distinct().ToList();
        if (chosen.Count == 0) throw new DomainRuleException("Choose at least one thing the key may do", "Scopes");
        if (chosen.Any(s => !ApiScopes.All.Contains(s))) throw new DomainRuleException("Choose scopes from the list", "Scopes");
        if (permitPerMinute is < 1 or > 10_000) throw new DomainRuleException("The rate must be between 1 and 10,000 requests a minute", "PermitPerMinute");
        if (string.IsNullOrWhiteSpace(name)) throw new DomainRuleException("Name the key (for example, the system that will use it)", "Name");
        return new ApiKey
        {
            PartnerAuthorityId = partner.Id,
            Name = name.Trim(),
            Prefix = plain[..Math.Min(8, plain.Length)],
            KeyHash = Hash(plain),
            Scopes = chosen,
            PermitPerMinute = permitPerMinute,
            CreatedAt = nowUtc,
            CreatedBy = issuedBy,
        };
    }

    public static string Hash(string plain) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(plain)));

    public void Revoke(string by, DateTime nowUtc)
    {
        if (RevokedAt is not null) throw new DomainRuleException("This key has already been revoked");
        RevokedAt = nowUtc;
        RevokedBy = by;
    }

    /// <summary>Rotation: a new key with the same name, scopes and rate; the old one is revoked in the same save.</summary>
    public (ApiKey Key, string Plain) Rotate(PartnerAuthority partner, string by, DateTime nowUtc)
    {
        Revoke(by, nowUtc);
        return Issue(partner, Name, Scopes, PermitPerMinute, by, nowUtc);
    }
}
