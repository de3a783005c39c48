using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Admin;
using Licensing.Web.Features.Applications;
using Licensing.Web.Features.Audit;
using Licensing.Web.Features.Cases;
using Licensing.Web.Features.Committee;
using Licensing.Web.Features.Concerns;
using Licensing.Web.Features.Home;
using Licensing.Web.Features.Jobs;
using Licensing.Web.Features.Licensees;
using Licensing.Web.Features.Notices;
using Licensing.Web.Features.Partners;
using Licensing.Web.Features.Policy;
using Licensing.Web.Features.Register;

namespace Licensing.Web.Features;

/// <summary>
/// Every feature in one place, in the order they build on each other. Each feature keeps its own
/// registrations in its XxxFeature.cs; this file only lists them.
/// </summary>
public static class AllFeatures
{
    public static void AddFeatures(this WebApplicationBuilder b)
    {
        b.AddLicensees(); b.AddPolicy(); b.AddApplications(); b.AddConcerns(); b.AddCases(); b.AddCommittee();
        b.AddNotices(); b.AddRegister(); b.AddPartners(); b.AddJobs(); b.AddAdmin(); b.AddAudit();
    }

    public static void MapFeatures(this WebApplication app)
    {
        app.MapLicensees(); app.MapPolicy(); app.MapApplications(); app.MapConcerns(); app.MapCases(); app.MapCommittee();
        app.MapNotices(); app.MapRegister(); app.MapPartners(); app.MapJobs(); app.MapAdmin(); app.MapAudit();
    }

    public static IEnumerable<NavigationItems.Item> Navigation =>
    [
        .. LicenseesFeature.Navigation, .. ApplicationsFeature.Navigation, .. ConcernsFeature.Navigation, .. CasesFeature.Navigation,
        .. CommitteeFeature.Navigation, .. NoticesFeature.Navigation, .. RegisterFeature.Navigation, .. PartnersFeature.Navigation,
        .. PolicyFeature.Navigation, .. JobsFeature.Navigation, .. AdminFeature.Navigation, .. AuditFeature.Navigation,
    ];

    public static IEnumerable<HomeCards.Card> Cards =>
    [
        .. LicenseesFeature.Cards, .. ApplicationsFeature.Cards, .. ConcernsFeature.Cards, .. CasesFeature.Cards,
        .. CommitteeFeature.Cards, .. NoticesFeature.Cards, .. RegisterFeature.Cards, .. PartnersFeature.Cards,
        .. PolicyFeature.Cards, .. JobsFeature.Cards, .. AdminFeature.Cards, .. AuditFeature.Cards,
    ];

    public static async Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db)
    {
        await LicenseesFeature.SeedDemoAsync(services, db);
        await PolicyFeature.SeedDemoAsync(services, db);
        await ApplicationsFeature.SeedDemoAsync(services, db);
        await ConcernsFeature.SeedDemoAsync(services, db);
        await CasesFeature.SeedDemoAsync(services, db);
        await CommitteeFeature.SeedDemoAsync(services, db);
        await NoticesFeature.SeedDemoAsync(services, db);
        await RegisterFeature.SeedDemoAsync(services, db);
        await PartnersFeature.SeedDemoAsync(services, db);
        await JobsFeature.SeedDemoAsync(services, db);
        await AdminFeature.SeedDemoAsync(services, db);
    }
}
