using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Hosting;

public static class StartUp
{
    /// <summary>
    /// SQLite (the embedded default) is created and migrated at start-up. SQL Server is migrated by the
    /// <c>migrate</c> verb or the DBA's script, never silently: start-up stops if it is behind.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        await using (var db = DesignTime.Create(settings, Actor.System("start-up")))
        {
            if (settings.Provider == DatabaseProvider.Sqlite || app.Configuration.GetValue("Database:MigrateOnStartup", false))
                await DomainServices.MigrateAsync(db);
            else if ((await db.Database.GetPendingMigrationsAsync()).Any())
                throw new InvalidOperationException("The SQL Server database is behind the application. Run `dotnet run --project Licensing.Web -- migrate` or apply db/sqlserver/licensing.sql, then start again.");
        }

        using var system = SystemWork.As(Actor.System("start-up"));
        using var scope = app.Services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Seed", true))
            await DemoData.SeedAsync(app.Services);
    }
}
