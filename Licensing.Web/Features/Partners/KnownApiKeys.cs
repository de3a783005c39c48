using System.Collections.Concurrent;
using Licensing.Domain.Data;
using Licensing.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Partners;

/// <summary>
/// Recently presented API keys, so a partner's stream of searches does not read the key table on every
/// request. A key changed on this instance (revoked, rotated) is forgotten at once; a change made
/// elsewhere (another web server) is seen within <see cref="Lifetime"/>. Unknown keys are never kept.
/// </summary>
public sealed class KnownApiKeys(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    public sealed record Key(Guid Id, DateTime? RevokedAt, IReadOnlyList<string> Scopes, int PermitPerMinute, string PartnerCode, string PartnerName);

    private readonly ConcurrentDictionary<string, (Key Key, DateTimeOffset Until)> known = new(StringComparer.Ordinal);

    /// <param name="services">The request's services: a database context is made from them only when the key is not known
    /// (the context factory is per request and costs more to make than a known key's whole check).</param>
    public async Task<Key?> FindAsync(string hash, IServiceProvider services, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (known.TryGetValue(hash, out var kept) && kept.Until > now) return kept.Key;
        await using var db = await services.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync(ct);
        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash)
            .Join(db.PartnerAuthorities, k => k.PartnerAuthorityId, p => p.Id, (k, p) => new Key(k.Id, k.RevokedAt, k.Scopes, k.PermitPerMinute, p.Code, p.Name))
            .FirstOrDefaultAsync(ct);
        if (found is null) known.TryRemove(hash, out _);
        else known[hash] = (found, now + Lifetime);
        return found;
    }

    /// <summary>After any change to keys or partner authorities here: the next request reads the database.</summary>
    public void ForgetAll() => known.Clear();
}
