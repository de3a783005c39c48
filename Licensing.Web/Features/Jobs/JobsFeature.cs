using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Jobs;

/// <summary>What the jobs feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class JobsFeature
{
    public static readonly NavigationItems.Item[] Navigation = [];
    public static readonly HomeCards.Card[] Cards = [];

    public static void AddJobs(this WebApplicationBuilder builder) { }

    public static void MapJobs(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
