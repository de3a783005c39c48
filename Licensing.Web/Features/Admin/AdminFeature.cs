using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;
using Licensing.Web.Hosting;

namespace Licensing.Web.Features.Admin;

/// <summary>What the admin feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class AdminFeature
{
    public static readonly NavigationItems.Item[] Navigation =
    [
        new("Users", "/admin/users", Roles.Administrator),
    ];

    public static readonly HomeCards.Card[] Cards =
    [
        new("Users and roles", "/admin/users", "Add users, unlock accounts and reset two-factor sign-in.", Roles.Administrator),
    ];

    public static void AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StaffAccounts>();
        CommandLine.Verbs["admin create"] = AdminVerbs.CreateAsync;
        CommandLine.Verbs["backup"] = Backup.VerbAsync;
    }

    public static void MapAdmin(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
