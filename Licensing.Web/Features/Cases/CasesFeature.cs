using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Cases;

/// <summary>What the cases feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class CasesFeature
{
    public static readonly NavigationItems.Item[] Navigation = [new("Review cases", "/cases", Roles.LicensingOfficer, Roles.LicensingManager)];
    public static readonly HomeCards.Card[] Cards =
    [
        new("Review cases", "/cases", "Open reviews by age and stage, with representations, decision and appeal deadlines.", Roles.LicensingOfficer, Roles.LicensingManager),
    ];

    public static void AddCases(this WebApplicationBuilder builder) { }

    public static void MapCases(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => DemoReviews.SeedAsync(services, db);
}
