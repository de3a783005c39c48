using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Applications;

/// <summary>What the applications feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class ApplicationsFeature
{
    public static readonly NavigationItems.Item[] Navigation =
    [
        new("Applications", "/applications", Roles.LicensingOfficer, Roles.LicensingManager),
    ];

    public static readonly HomeCards.Card[] Cards =
    [
        new("Applications", "/applications", "Your applications, checks expiring or overdue, and applications waiting for a decision.", Roles.LicensingOfficer, Roles.LicensingManager),
    ];

    public static void AddApplications(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApplicationOptions>().Bind(builder.Configuration.GetSection(ApplicationOptions.Section));
        Licensees.PersonTimeline.Sources["applications"] = ApplicationTimeline.ForPersonAsync;
    }

    public static void MapApplications(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => ApplicationsDemo.SeedAsync(services, db);
}
