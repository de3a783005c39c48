using Microsoft.Extensions.DependencyInjection;
using Licensing.Domain.Partners;
using Licensing.Tests.Infrastructure;
using Licensing.Tests.Jobs;
using Licensing.Web.Features.Partners;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Partners;

public class KnownApiKeysTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Fact]
    public async Task A_key_revoked_behind_this_server_s_back_stops_working_within_the_cache_lifetime_and_at_once_when_forgotten()
    {
        var kit = new JobsTestKit(database);
        using var services = new ServiceCollection()
            .AddSingleton<IDbContextFactory<Licensing.Domain.Data.LicensingDbContext>>(kit).BuildServiceProvider();
        string plain;
        await using (var db = database.NewContext())
        {
            var partner = PartnerAuthority.Create("Kingsmere Council", "E07000202", null);
            db.PartnerAuthorities.Add(partner);
            var (key, p) = ApiKey.Issue(partner, "search", [ApiScopes.RegisterSearch], 100, "admin", db.UtcNow);
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync();
            plain = p;
        }
        var hash = ApiKey.Hash(plain);
        var known = new KnownApiKeys(database.Clock);
        Assert.Null((await known.FindAsync(hash, services, default))!.RevokedAt);

        await using (var db = database.NewContext())
        {
            (await db.ApiKeys.SingleAsync()).Revoke("admin", db.UtcNow);
            await db.SaveChangesAsync();
        }
        Assert.Null((await known.FindAsync(hash, services, default))!.RevokedAt);
        database.Clock.Advance(KnownApiKeys.Lifetime);
        Assert.NotNull((await known.FindAsync(hash, services, default))!.RevokedAt);

        Assert.Null(await known.FindAsync(ApiKey.Hash("lk_never-issued"), services, default));
    }

    [Fact]
    public async Task Forgetting_makes_the_next_request_read_the_key_table()
    {
        var kit = new JobsTestKit(database);
        using var services = new ServiceCollection()
            .AddSingleton<IDbContextFactory<Licensing.Domain.Data.LicensingDbContext>>(kit).BuildServiceProvider();
        var known = new KnownApiKeys(database.Clock);
        var hash = ApiKey.Hash("lk_issued-later");
        Assert.Null(await known.FindAsync(hash, services, default));
        await using (var db = database.NewContext())
        {
            var partner = PartnerAuthority.Create("Kingsmere Council", "E07000202", null);
            db.PartnerAuthorities.Add(partner);
            db.ApiKeys.Add(ApiKey.WithKnownValue(partner, "search", "lk_issued-later", [ApiScopes.RegisterSearch], 100, "admin", db.UtcNow));
            await db.SaveChangesAsync();
        }
        var found = await known.FindAsync(hash, services, default);
        Assert.Equal("E07000202", found!.PartnerCode);

        await using (var db = database.NewContext())
        {
            (await db.ApiKeys.SingleAsync()).Revoke("admin", db.UtcNow);
            await db.SaveChangesAsync();
        }
        known.ForgetAll();
        Assert.NotNull((await known.FindAsync(hash, services, default))!.RevokedAt);
    }

    public void Dispose() => database.Dispose();
}
