using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Partners;
using Licensing.Domain.Register;
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

    /// <summary>
    /// The app without the Development demo data (other features' demo seeding is not this test's
    /// concern), with only the register entries and licensee these tests search for.
    /// </summary>
    public static AppHost StartWithoutDemo(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? []) { ["Demo:Seed"] = "false" };
        return new AppHost(all).Start();
    }

    public static Task SeedRegisterAsync(this AppHost host) => host.InAppAsync(async db =>
    {
        db.People.Add(Person.Create(new PersonDetails("Sarah Jane", "Morgan", ["Evans"], new DateOnly(1964, 7, 5), "MORGA657054SJ9IJ", null,
            new Address("12 Station Road", null, "Eastbrook", "EB1 2AA"), null, null, null), db.Today));
        db.RegisterEntries.Add(RegisterEntry.Import(new RegisterEntryDetails("E07000999-2021-0001", "E07000999", "Northam Borough Council", "Hussain", "Imran", [],
            new DateOnly(1985, 3, 14), "HUSSA803145I99AB", null, null, LicenceType.PrivateHireDriver, RegisterDecision.Revocation, new DateOnly(2021, 5, 10), GroundsCategory.Safeguarding), db.UtcNow));
        db.RegisterEntries.Add(RegisterEntry.Import(new RegisterEntryDetails("E07000999-2023-0002", "E07000999", "Northam Borough Council", "MacDonald", "Craig James", [],
            new DateOnly(1979, 11, 2), null, null, null, LicenceType.PrivateHireDriver, RegisterDecision.Refusal, new DateOnly(2023, 2, 1), GroundsCategory.Dishonesty), db.UtcNow));
        return await db.SaveChangesAsync();
    });

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
