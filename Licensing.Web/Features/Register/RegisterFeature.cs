using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Register;

/// <summary>What the register feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class RegisterFeature
{
    public static readonly NavigationItems.Item[] Navigation = [];
    public static readonly HomeCards.Card[] Cards = [];

    public static void AddRegister(this WebApplicationBuilder builder) { }

    public static void MapRegister(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
