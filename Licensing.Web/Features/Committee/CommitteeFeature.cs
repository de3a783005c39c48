using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Committee;

/// <summary>What the committee feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class CommitteeFeature
{
    public static readonly NavigationItems.Item[] Navigation = [];
    public static readonly HomeCards.Card[] Cards = [];

    public static void AddCommittee(this WebApplicationBuilder builder) { }

    public static void MapCommittee(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
