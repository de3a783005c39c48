using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Applications;

/// <summary>What the applications feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class ApplicationsFeature
{
    public static readonly NavigationItems.Item[] Navigation = [];
    public static readonly HomeCards.Card[] Cards = [];

    public static void AddApplications(this WebApplicationBuilder builder) { }

    public static void MapApplications(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
