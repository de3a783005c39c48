using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Policy;

/// <summary>What the policy feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class PolicyFeature
{
    public static readonly NavigationItems.Item[] Navigation = [];
    public static readonly HomeCards.Card[] Cards = [];

    public static void AddPolicy(this WebApplicationBuilder builder) { }

    public static void MapPolicy(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
