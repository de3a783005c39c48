using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Admin;

/// <summary>What the admin feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class AdminFeature
{
    public static readonly NavigationItems.Item[] Navigation = [];
    public static readonly HomeCards.Card[] Cards = [];

    public static void AddAdmin(this WebApplicationBuilder builder) { }

    public static void MapAdmin(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
