using Hangfire;
using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Jobs.Scheduling;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;
using Licensing.Web.Hosting;

namespace Licensing.Web.Features.Jobs;

/// <summary>What the jobs feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class JobsFeature
{
    public static readonly NavigationItems.Item[] Navigation =
    [
        new("Tasks", "/tasks", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Jobs", "/admin/jobs", Roles.LicensingManager, Roles.Administrator),
    ];

    public static readonly HomeCards.Card[] Cards =
    [
        new("Tasks", "/tasks", "DBS Update Service checks due, overdue work and escalations.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Licences expiring", "/expiring-licences", "Licences expiring in the next eight weeks and the reminders sent.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Background jobs", "/admin/jobs", "What the scheduled jobs did, when they run next, and records due for retention review.", Roles.LicensingManager, Roles.Administrator),
    ];

    public static void AddJobs(this WebApplicationBuilder builder) =>
        builder.Services.AddLicensingJobs(builder.Configuration, builder.Environment.ContentRootPath,
            runServer: builder.Configuration.GetValue("Jobs:RunInWeb", true));

    public static void MapJobs(this WebApplication app) =>
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            // Without a filter of its own the dashboard answers local requests only; ours asks for an administrator.
            AsyncAuthorization = [new AdministratorsOnlyDashboard()],
            AppPath = "/admin/jobs",
            DashboardTitle = "Licensing background jobs",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policies.Administrators);

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => JobsDemo.SeedAsync(db);
}
