using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;

namespace Licensing.Web.Features.Committee;

/// <summary>What the committee feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class CommitteeFeature
{
    public static readonly NavigationItems.Item[] Navigation = [new("Hearings", "/hearings", Roles.CommitteeMember, Roles.LicensingManager)];
    public static readonly HomeCards.Card[] Cards =
    [
        new("Sub-committee hearings", "/hearings", "The hearings you sit on, their packs, and the sub-committee's decisions.", Roles.CommitteeMember, Roles.LicensingManager),
    ];

    public static void AddCommittee(this WebApplicationBuilder builder) { }

    public static void MapCommittee(this WebApplication app) { }

    // The demo hearings are arranged with the review cases they belong to (CasesFeature).
    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => Task.CompletedTask;
}
