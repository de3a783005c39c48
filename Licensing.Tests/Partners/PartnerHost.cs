using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Partners;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Tests.Partners;

/// <summary>Reaching into a running app's own database, as its system would, to arrange and check.</summary>
public static class PartnerHost
{
    public static async Task<T> InAppAsync<T>(this AppHost host, Func<LicensingDbContext, Task<T>> work)
    {
        using var system = SystemWork.As(Actor.System("test"));
        using var scope = host.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
        return await work(db);
    }

    /// <summary>Issues a key to a partner authority (created when new) and returns the plain key.</summary>
    public static Task<string> IssueKeyAsync(this AppHost host, string partnerCode, string partnerName, int permitPerMinute, params string[] scopes) =>
        host.InAppAsync(async db =>
        {
            var partner = await db.PartnerAuthorities.FirstOrDefaultAsync(p => p.Code == partnerCode);
            if (partner is null) db.PartnerAuthorities.Add(partner = PartnerAuthority.Create(partnerName, partnerCode, null));
            var (key, plain) = ApiKey.Issue(partner, "test key", scopes, permitPerMinute, "test", db.UtcNow);
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync();
            return plain;
        });
}
