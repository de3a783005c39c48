using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Policy;

/// <summary>What the policy feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class PolicyFeature
{
    public static readonly NavigationItems.Item[] Navigation =
    [
        new("Suitability policy", "/policy", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Suitability policy", "/policy/edit", Roles.Administrator),
    ];

    public static readonly HomeCards.Card[] Cards =
    [
        new("Suitability policy", "/policy", "The offence categories and periods the authority's policy presumes, and its versions.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Edit the suitability policy", "/policy/edit", "Change the offence table: each change is a new version; old decisions keep theirs.", Roles.Administrator),
    ];

    public static void AddPolicy(this WebApplicationBuilder builder) { }

    public static void MapPolicy(this WebApplication app) { }

    /// <summary>The shipped policy is seeded by the migration (every database has it); no demo data needed.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
