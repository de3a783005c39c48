using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Applications;

/// <summary>One change to an application from a form: load it fresh, refuse if someone saved since the officer looked, change, save once.</summary>
public static class ApplicationEdit
{
    public static async Task SaveAsync(IDbContextFactory<LicensingDbContext> factory, Guid id, int versionSeen, Func<LicensingDbContext, LicenceApplication, Task> change)
    {
        await using var db = await factory.CreateDbContextAsync();
        var app = await ApplicationDecisions.LoadAsync(db, id) ?? throw new DomainRuleException("This application no longer exists");
        db.ExpectVersion(app, versionSeen);
        await change(db, app);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException("Someone else changed this application since you opened it: reload the page and try again");
        }
    }

    public static Task SaveAsync(IDbContextFactory<LicensingDbContext> factory, Guid id, int versionSeen, Action<LicensingDbContext, LicenceApplication> change) =>
        SaveAsync(factory, id, versionSeen, (db, app) => { change(db, app); return Task.CompletedTask; });
}
