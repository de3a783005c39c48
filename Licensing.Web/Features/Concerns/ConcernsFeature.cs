using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Concerns;

/// <summary>What the concerns feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class ConcernsFeature
{
    public static readonly NavigationItems.Item[] Navigation = [];
    public static readonly HomeCards.Card[] Cards = [];

    public static void AddConcerns(this WebApplicationBuilder builder) { }

    public static void MapConcerns(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
