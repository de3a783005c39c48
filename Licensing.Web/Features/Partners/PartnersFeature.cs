using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Partners;

/// <summary>What the partners feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class PartnersFeature
{
    public static readonly NavigationItems.Item[] Navigation = [];
    public static readonly HomeCards.Card[] Cards = [];

    public static void AddPartners(this WebApplicationBuilder builder) { }

    public static void MapPartners(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
