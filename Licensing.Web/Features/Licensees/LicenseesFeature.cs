using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Licensees;

/// <summary>What the licensees feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class LicenseesFeature
{
    public static readonly NavigationItems.Item[] Navigation =
    [
        new("Licensees", "/licensees", Roles.LicensingOfficer, Roles.LicensingManager),
    ];

    public static readonly HomeCards.Card[] Cards =
    [
        new("Find a licensee", "/licensees", "Search drivers, operators and vehicles by name, date of birth, licence, badge or registration.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Add a person", "/licensees/new", "Record a new applicant or licensee.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Badges and plates not returned", "/licences/returns", "Suspended and revoked licences whose badge, plates or licence have not been recorded as returned.", Roles.LicensingOfficer, Roles.LicensingManager),
    ];

    public static void AddLicensees(this WebApplicationBuilder builder) => builder.Services.AddScoped<LastLicenseeSearch>();

    public static void MapLicensees(this WebApplication app) { }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
