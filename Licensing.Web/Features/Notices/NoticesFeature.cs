using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Notices;

/// <summary>What the notices feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class NoticesFeature
{
    public static readonly NavigationItems.Item[] Navigation = [];
    public static readonly HomeCards.Card[] Cards = [];

    public static void AddNotices(this WebApplicationBuilder builder) { }

    public static void MapNotices(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
